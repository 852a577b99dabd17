'use client';

import { savePriorsAction } from '~/app/admin/priors/actions';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';

import type { OrgPriors } from '@stride/diagnosis';
import { conditionIds, priorsEditSchema } from '@stride/diagnosis';

import type { Column, EditorTables, PriorRowValue } from './editor-rows';
import { columnLabels, columnsOf, priorsOf, sexColumnsGrid, tablesOf } from './editor-rows';
import { PriorRow } from './prior-row';
import { PriorTotals } from './prior-totals';

/**
 * One percentage per condition, per sex in a sex-specific profile, with an optional citation,
 * each column's running total, and a required reason. Saving creates the next version in the
 * same shape; the server checks everything again with the same schema.
 */
export function PriorsEditor({
  profileId,
  version,
  initial,
}: {
  profileId: string;
  version: number;
  initial: OrgPriors;
}) {
  const router = useRouter();
  const [columns] = useState(() => columnsOf(initial));
  const [tables, setTables] = useState<EditorTables>(() => tablesOf(initial));
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  const [pending, startTransition] = useTransition();
  const bySex = columns.length > 1;

  const set = (column: Column, id: (typeof conditionIds)[number], patch: Partial<PriorRowValue>) =>
    setTables((prev) => {
      const rows = prev[column];
      return rows ? { ...prev, [column]: { ...rows, [id]: { ...rows[id], ...patch } } } : prev;
    });

  function save(event: React.FormEvent) {
    event.preventDefault();
    const parsed = priorsEditSchema.safeParse({ priors: priorsOf(columns, tables), reason });
    if (!parsed.success) {
      const messages = new Set(parsed.error.issues.map((i) => i.message));
      setStatus({ error: [...messages].join(' ') });
      return;
    }
    startTransition(async () => {
      const result = await savePriorsAction(profileId, version, parsed.data);
      if (!result.ok) return setStatus({ error: result.error });
      setReason('');
      setStatus({ message: `Saved as version ${result.version}.` });
      router.refresh();
    });
  }

  return (
    <form onSubmit={save} className="space-y-4" data-testid="priors-editor" aria-busy={pending}>
      {status.error || status.message ? (
        <p
          role="status"
          className={`rounded-md border px-3 py-2 text-sm ${status.error ? 'border-red-200 bg-red-50 text-red-800' : 'border-emerald-200 bg-emerald-50 text-emerald-900'}`}
          data-testid={status.error ? 'priors-error' : 'priors-message'}
        >
          {status.error ?? status.message}
        </p>
      ) : null}
      {bySex ? (
        <div
          aria-hidden="true"
          className={`grid gap-x-4 ${sexColumnsGrid} text-xs font-semibold text-slate-700`}
        >
          <span className="hidden sm:block">Condition</span>
          {columns.map((c) => (
            <span key={c} className="hidden sm:block">
              {columnLabels[c]}
            </span>
          ))}
        </div>
      ) : null}
      <ul className="divide-y divide-slate-100">
        {conditionIds.map((id) => (
          <PriorRow
            key={id}
            id={id}
            columns={columns}
            rows={Object.fromEntries(columns.map((c) => [c, tables[c]?.[id]]))}
            onChange={(column, patch) => set(column, id, patch)}
          />
        ))}
      </ul>
      <PriorTotals columns={columns} tables={tables} />
      {bySex ? (
        <p className="text-xs text-slate-600" data-testid="priors-other-note">
          A patient whose sex is other or unknown gets the mean of the female and male values, as
          the built-in Clinic method profile does.
        </p>
      ) : null}
      <label className="block text-sm">
        <span className="font-medium">Why are you changing these values?</span>
        <textarea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          minLength={5}
          maxLength={1000}
          rows={2}
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1"
          data-testid="priors-reason"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        data-testid="priors-save"
      >
        Save as version {version + 1}
      </button>
    </form>
  );
}
