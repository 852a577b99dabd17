import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';

import { addDays, resolveWallClock } from '../src/index';
import { formatLocalIso, makeZoneDay } from '../src/zone-day';

// Seeded zones plus ones with awkward rules: midnight transitions, 30-minute shifts.
// With the number of days in 2026-2027 that are not 24 hours long.
const ZONES = [
  ['America/Los_Angeles', 4],
  ['America/Phoenix', 0],
  ['Europe/London', 4],
  ['Australia/Sydney', 4],
  ['Australia/Lord_Howe', 4],
  ['America/Santiago', 4],
  ['America/Havana', 4],
  ['America/Asuncion', 0],
  ['Asia/Beirut', 4],
  ['Pacific/Chatham', 4],
  // West of UTC by a non-whole hour: the sign and the minutes of a label.
  ['America/St_Johns', 4],
] as const;
const LABEL = "yyyy-MM-dd'T'HH:mm:ssZZ";

describe('makeZoneDay writes ISO labels as Date does, near the day and far from it', () => {
  it.each(['America/Los_Angeles', 'Pacific/Chatham', 'America/St_Johns'])('%s', (zone) => {
    const day = makeZoneDay('2026-03-08', zone);
    // From two days before to two days after, at odd milliseconds, so the fallback runs too.
    for (let instant = day.start - 2 * 86_400_000; instant < day.end + 2 * 86_400_000;) {
      expect(day.utcIso(instant)).toBe(new Date(instant).toISOString());
      const offset = day.offsetAt(instant);
      expect(day.localIso(instant)).toBe(formatLocalIso(instant, offset));
      instant += 3_599_997;
    }
  });
});

describe('makeZoneDay agrees with resolving every wall time through luxon', () => {
  it.each(ZONES)(
    '%s, every day of 2026 and 2027',
    (zone, expectedTransitionDays) => {
      let transitionDays = 0;
      for (
        let date = '2026-01-01', index = 0;
        date < '2028-01-01';
        date = addDays(date, 1), index += 1
      ) {
        const day = makeZoneDay(date, zone);
        const irregular = day.end - day.start !== 86_400_000;
        if (irregular) transitionDays += 1;
        if (!irregular && index % 29 !== 0) continue;
        for (let minute = 0; minute <= 1440; minute += irregular ? 5 : 60) {
          const expected = resolveWallClock(date, minute, zone);
          expect(day.resolve(minute), `${date} minute ${minute}`).toEqual(expected);
          // A second into the minute too: labels keep the seconds, as luxon's do.
          for (const instant of [expected.instant, expected.instant + 1_500]) {
            const label = formatLocalIso(instant, day.offsetAt(instant));
            const luxonLabel = DateTime.fromMillis(instant, { zone }).toFormat(LABEL);
            expect(label, `${date} minute ${minute}`).toBe(luxonLabel);
            expect(day.localIso(instant), `${date} minute ${minute}`).toBe(luxonLabel);
            expect(day.localTime(instant)).toBe(luxonLabel.slice(11, 16));
            expect(day.utcIso(instant)).toBe(new Date(instant).toISOString());
          }
        }
      }
      expect(transitionDays).toBe(expectedTransitionDays);
    },
    30_000,
  );
});
