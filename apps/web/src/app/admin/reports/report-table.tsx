import type { ReportColumn } from '@stride/api';

import { formatValue } from './format-value';

/** A report table; scrolls sideways on a phone rather than squeezing the numbers. */
export function ReportTable<R>({
  columns,
  rows,
  caption,
  footer,
  testId,
}: {
  columns: ReportColumn<R>[];
  rows: R[];
  caption: string;
  footer?: R;
  testId?: string;
}) {
  const numeric = (c: ReportColumn<R>) => c.format !== 'text';
  const cells = (r: R) =>
    columns.map((c) => (
      <td
        key={c.header}
        className={`px-3 py-2 whitespace-nowrap ${numeric(c) ? 'text-right tabular-nums' : ''}`}
      >
        {formatValue(c.value(r), c.format)}
      </td>
    ));
  // Focusable so keyboard users can scroll a wide table on a phone.
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="min-w-full text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-700">
          <tr>
            {columns.map((c) => (
              <th
                key={c.header}
                scope="col"
                className={`px-3 py-2 ${numeric(c) ? 'text-right' : ''}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-6 text-center text-slate-600">
                Nothing in this range.
              </td>
            </tr>
          ) : (
            rows.map((r, i) => <tr key={i}>{cells(r)}</tr>)
          )}
        </tbody>
        {footer && rows.length > 0 ? (
          <tfoot className="border-t border-slate-300 bg-slate-50 font-semibold">
            <tr>{cells(footer)}</tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
