'use client';

import { savePriorsAction } from '~/app/admin/priors/actions';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';

import type { ConditionId, OrgPriors } from '@stride/diagnosis';
import {
  conditionIds,
  formatPercent,
  ORG_PRIOR_SUM_TOLERANCE,
  priorsEditSchema,
  sumOfPriors,
} from '@stride/diagnosis';

import type { PriorRowValue as Row } from './prior-row';
import { PriorRow } from './prior-row';

/** "34.5" → 0.345 exactly; anything finer than 0.1 % is kept as typed so the schema names it. */
function toValue(percent: string): number {
  const n = Number(percent.trim() === '' ? NaN : percent);
  const tenths = n * 10;
  return Math.abs(tenths - Math.round(tenths)) < 1e-9 ? Math.round(tenths) / 1000 : n / 100;
}

const toPercent = (value: number): string => String(Math.round(value * 1000) / 10);

/**
 * One percentage per condition with an optional citation, the running total beside them, and
 * a required reason. Saving creates the next version; the server checks everything again.
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
  const [rows, setRows] = useState<Record<ConditionId, Row>>(() => {
    const out = {} as Record<ConditionId, Row>;
    for (const id of conditionIds)
      out[id] = { percent: toPercent(initial[id].value), citation: initial[id].citation ?? '' };
    return out;
  });
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  const [pending, startTransition] = useTransition();

  const priors = useMemo(() => {
    const out: Record<string, { value: number; citation: string }> = {};
    for (const id of conditionIds)
      out[id] = { value: toValue(rows[id].percent), citation: rows[id].citation };
    return out;
  }, [rows]);
  const total = sumOfPriors(priors);
  const balanced = Math.abs(total - 1) <= ORG_PRIOR_SUM_TOLERANCE;

  const set = (id: ConditionId, patch: Partial<Row>) =>
    setRows((prev) => ({ ...prev, [id]: { ...prev[id], ...patch } }));

  function save(event: React.FormEvent) {
    event.preventDefault();
    const parsed = priorsEditSchema.safeParse({ priors, reason });
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
      <ul className="divide-y divide-slate-100">
        {conditionIds.map((id) => (
          <PriorRow key={id} id={id} row={rows[id]} onChange={(patch) => set(id, patch)} />
        ))}
      </ul>
      <p
        role="status"
        aria-live="polite"
        className={`rounded-md px-3 py-2 text-sm font-semibold tabular-nums ${balanced ? 'bg-emerald-50 text-emerald-900' : 'bg-amber-50 text-amber-900'}`}
        data-testid="priors-total"
      >
        Total: {formatPercent(total)}
        {balanced
          ? ' ✓'
          : ` — ${total < 1 ? 'add' : 'remove'} ${formatPercent(Math.abs(1 - total))} to reach 100.0 %`}
      </p>
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
