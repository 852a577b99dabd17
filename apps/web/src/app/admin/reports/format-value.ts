import type { ColumnFormat } from '@stride/api';

/** A report value as the page shows it; the CSV keeps the raw number. */
export function formatValue(value: string | number | null, format: ColumnFormat): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'percent':
      return `${(value * 100).toFixed(1)} %`;
    case 'hours':
      return `${value.toFixed(1)} h`;
    case 'days':
      return `${value.toFixed(1)} d`;
    case 'decimal':
      return value > 0 ? `+${value}` : String(value);
    case 'int':
    case 'text':
      return String(value);
  }
}
