import { formatPercent, ORG_PRIOR_SUM_TOLERANCE, sumOfPriors } from '@stride/diagnosis';

import type { Column, EditorTables } from './editor-rows';
import { columnLabels, sexColumnsGrid, valuesOf } from './editor-rows';

/** Each column's running total, recomputed on every keystroke: each must reach 100.0 %. */
export function PriorTotals({
  columns,
  tables,
}: {
  columns: readonly Column[];
  tables: EditorTables;
}) {
  const bySex = columns.length > 1;
  return (
    <div className={`grid gap-x-4 gap-y-2 ${bySex ? sexColumnsGrid : ''}`}>
      {bySex ? <span className="hidden sm:block" /> : null}
      {columns.map((column) => {
        const total = sumOfPriors(valuesOf(tables[column]));
        const balanced = Math.abs(total - 1) <= ORG_PRIOR_SUM_TOLERANCE;
        const name = column === 'any' ? 'Total' : `${columnLabels[column]} total`;
        return (
          <p
            key={column}
            role="status"
            aria-live="polite"
            className={`rounded-md px-3 py-2 text-sm font-semibold tabular-nums ${balanced ? 'bg-emerald-50 text-emerald-900' : 'bg-amber-50 text-amber-900'}`}
            data-testid={column === 'any' ? 'priors-total' : `priors-total-${column}`}
          >
            {name}: {formatPercent(total)}
            {balanced
              ? ' ✓'
              : ` — ${total < 1 ? 'add' : 'remove'} ${formatPercent(Math.abs(1 - total))} to reach 100.0 %`}
          </p>
        );
      })}
    </div>
  );
}
