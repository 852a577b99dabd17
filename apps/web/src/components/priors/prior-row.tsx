import type { ConditionId } from '@stride/diagnosis';
import { conditionLabels } from '@stride/diagnosis';

import type { Column, PriorRowValue } from './editor-rows';
import { columnLabels, sexColumnsGrid } from './editor-rows';

/** Test ids keep their one-column names, so a neutral profile's editor reads as before. */
const suffix = (column: Column, id: ConditionId): string =>
  column === 'any' ? id : `${column}-${id}`;

/**
 * One condition: per column a value in percent and an optional citation. A value without a
 * citation is labelled expert-set, in its own column.
 */
export function PriorRow({
  id,
  columns,
  rows,
  onChange,
}: {
  id: ConditionId;
  columns: readonly Column[];
  rows: Partial<Record<Column, PriorRowValue>>;
  onChange: (column: Column, patch: Partial<PriorRowValue>) => void;
}) {
  const bySex = columns.length > 1;
  return (
    <li
      className={`grid gap-x-4 gap-y-2 py-2 ${bySex ? sexColumnsGrid : 'sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]'}`}
    >
      {/* One column: a real label; two: each input names its condition and sex itself. */}
      <label
        htmlFor={bySex ? undefined : `prior-${id}`}
        className="col-span-full self-center text-sm font-medium sm:col-span-1"
      >
        {conditionLabels[id]}
      </label>
      {columns.map((column) => {
        const row = rows[column];
        if (!row) return null;
        const name = bySex
          ? `${conditionLabels[id]}, ${columnLabels[column].toLowerCase()}`
          : conditionLabels[id];
        return (
          <div
            key={column}
            className={`flex min-w-0 gap-2 ${bySex ? 'flex-col' : 'flex-wrap items-center'}`}
          >
            {bySex ? (
              // Narrow screens hide the column headings, so each cell says whose value it is.
              <span aria-hidden="true" className="text-xs font-semibold text-slate-700 sm:hidden">
                {columnLabels[column]}
              </span>
            ) : null}
            <span className="flex flex-wrap items-center gap-x-1">
              <input
                id={`prior-${suffix(column, id)}`}
                aria-label={bySex ? `${name} (%)` : undefined}
                type="number"
                inputMode="decimal"
                step="0.1"
                min="0.1"
                max="100"
                required
                value={row.percent}
                onChange={(e) => onChange(column, { percent: e.target.value })}
                className={`${bySex ? 'w-16' : 'w-20'} rounded-md border border-slate-300 px-2 py-1 text-right tabular-nums`}
                data-testid={`prior-${suffix(column, id)}`}
              />
              <span aria-hidden="true" className="text-sm text-slate-600">
                %
              </span>
              <span className="ml-1 text-xs text-slate-600">
                {row.citation.trim() === '' ? 'expert-set' : 'cited'}
              </span>
            </span>
            <input
              aria-label={`Citation for ${name} (optional)`}
              value={row.citation}
              maxLength={300}
              placeholder="Citation (optional)"
              onChange={(e) => onChange(column, { citation: e.target.value })}
              className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm"
              data-testid={`citation-${suffix(column, id)}`}
            />
          </div>
        );
      })}
    </li>
  );
}
