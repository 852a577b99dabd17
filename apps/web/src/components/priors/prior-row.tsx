import type { ConditionId } from '@stride/diagnosis';
import { conditionLabels } from '@stride/diagnosis';

/** What the admin typed for one condition: the percentage as text, so partial input survives. */
export interface PriorRowValue {
  percent: string;
  citation: string;
}

/** One condition: its value in percent and an optional citation; uncited values are expert-set. */
export function PriorRow({
  id,
  row,
  onChange,
}: {
  id: ConditionId;
  row: PriorRowValue;
  onChange: (patch: Partial<PriorRowValue>) => void;
}) {
  return (
    <li className="grid gap-2 py-2 sm:grid-cols-[minmax(0,1fr)_7rem_minmax(0,1fr)]">
      <label htmlFor={`prior-${id}`} className="self-center text-sm font-medium">
        {conditionLabels[id]}
        <span className="ml-2 text-xs font-normal text-slate-600">
          {row.citation.trim() === '' ? 'expert-set' : 'cited'}
        </span>
      </label>
      <span className="flex items-center gap-1">
        <input
          id={`prior-${id}`}
          type="number"
          inputMode="decimal"
          step="0.1"
          min="0.1"
          max="100"
          required
          value={row.percent}
          onChange={(e) => onChange({ percent: e.target.value })}
          className="w-20 rounded-md border border-slate-300 px-2 py-1 text-right tabular-nums"
          data-testid={`prior-${id}`}
        />
        <span aria-hidden="true" className="text-sm text-slate-600">
          %
        </span>
      </span>
      <input
        aria-label={`Citation for ${conditionLabels[id]} (optional)`}
        value={row.citation}
        maxLength={300}
        placeholder="Citation (optional)"
        onChange={(e) => onChange({ citation: e.target.value })}
        className="min-w-0 rounded-md border border-slate-300 px-2 py-1 text-sm"
        data-testid={`citation-${id}`}
      />
    </li>
  );
}
