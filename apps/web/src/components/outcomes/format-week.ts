/** "12 Nov" for a YYYY-MM-DD week start, read as a calendar date (no time zone shift). */
export function formatWeek(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
