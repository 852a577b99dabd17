import { describe, expect, it } from 'vitest';

import { resolveWallClock } from '../src/index';

describe('resolveWallClock', () => {
  it.each([
    // zone, date, time, kind, instant
    ['America/Los_Angeles', '2026-03-08', '01:59', 'exact', '2026-03-08T09:59:00.000Z'],
    ['America/Los_Angeles', '2026-03-08', '02:00', 'skipped', '2026-03-08T10:00:00.000Z'],
    ['America/Los_Angeles', '2026-03-08', '02:30', 'skipped', '2026-03-08T10:00:00.000Z'],
    ['America/Los_Angeles', '2026-03-08', '03:00', 'exact', '2026-03-08T10:00:00.000Z'],
    ['America/Los_Angeles', '2026-11-01', '00:59', 'exact', '2026-11-01T07:59:00.000Z'],
    ['America/Los_Angeles', '2026-11-01', '01:00', 'ambiguous', '2026-11-01T08:00:00.000Z'],
    ['America/Los_Angeles', '2026-11-01', '01:30', 'ambiguous', '2026-11-01T08:30:00.000Z'],
    ['America/Los_Angeles', '2026-11-01', '02:00', 'exact', '2026-11-01T10:00:00.000Z'],
    ['America/Los_Angeles', '2027-03-14', '02:15', 'skipped', '2027-03-14T10:00:00.000Z'],
    ['America/Los_Angeles', '2027-11-07', '01:45', 'ambiguous', '2027-11-07T08:45:00.000Z'],
    ['America/Phoenix', '2026-03-08', '02:30', 'exact', '2026-03-08T09:30:00.000Z'],
    ['America/Phoenix', '2026-11-01', '01:30', 'exact', '2026-11-01T08:30:00.000Z'],
    ['Europe/London', '2026-03-29', '01:30', 'skipped', '2026-03-29T01:00:00.000Z'],
    ['Europe/London', '2026-10-25', '01:30', 'ambiguous', '2026-10-25T00:30:00.000Z'],
    ['Australia/Sydney', '2026-04-05', '02:30', 'ambiguous', '2026-04-04T15:30:00.000Z'],
    ['Australia/Sydney', '2026-10-04', '02:30', 'skipped', '2026-10-03T16:00:00.000Z'],
    ['America/Los_Angeles', '2026-07-01', '24:00', 'exact', '2026-07-02T07:00:00.000Z'],
  ])('%s %s %s is %s at %s', (zone, date, time, kind, instant) => {
    const [hours, minutes] = time.split(':').map(Number);
    const resolved = resolveWallClock(date, (hours ?? 0) * 60 + (minutes ?? 0), zone);
    expect(resolved.kind).toBe(kind);
    expect(new Date(resolved.instant).toISOString()).toBe(instant);
  });
});
