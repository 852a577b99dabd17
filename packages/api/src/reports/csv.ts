export type CsvCell = string | number | null;

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r|]/;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula is prefixed with an apostrophe,
 * so a patient or clinician named "=HYPERLINK(...)" stays text; every text cell is quoted.
 * Numbers are written plainly (a negative change is data, not a formula).
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180: CRLF line ends, a header row first. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [headers.map(csvCell), ...rows.map((r) => r.map(csvCell))]
    .map((cells) => cells.join(','))
    .join('\r\n')
    .concat('\r\n');
}
