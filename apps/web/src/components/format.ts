/** Calendar dates (YYYY-MM-DD) are formatted in UTC so no time zone shifts them by a day. */
export function formatDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function ageOn(dateOfBirth: string, today: Date): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return Number.NaN;
  const before =
    today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  return today.getUTCFullYear() - y - (before ? 1 : 0);
}

export function weeksUntil(isoDate: string, today: Date): number {
  return Math.floor(
    (Date.parse(`${isoDate}T00:00:00Z`) - today.getTime()) / (7 * 24 * 3600 * 1000),
  );
}

export const sexLabel = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Not recorded',
} as const;

/** An instant as the location's wall clock, e.g. "Mon, Nov 30, 9:00 AM". */
export function formatInZone(
  instant: Date | string,
  timeZone: string,
  style: 'datetime' | 'time' | 'date' = 'datetime',
): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'time'
      ? { hour: 'numeric', minute: '2-digit' }
      : style === 'date'
        ? { weekday: 'short', month: 'short', day: 'numeric' }
        : { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat('en-US', { ...options, timeZone }).format(new Date(instant));
}

/** "Pacific Time (Los Angeles)" style label for a zone, so patients know which clock they read. */
export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return `${name ?? timeZone} (${timeZone.split('/').pop()?.replaceAll('_', ' ') ?? timeZone})`;
}
