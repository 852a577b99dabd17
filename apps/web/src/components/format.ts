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
