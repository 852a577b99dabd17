'use client';

import type { ActionState } from '~/server/action-error';
import { autosaveText, useAutosave } from '~/components/intake/use-autosave';
import { useActionState, useCallback, useMemo, useState } from 'react';

import type { FollowUpDraft } from './actions';
import { saveFollowUpDraftAction, submitFollowUpAction } from './actions';

export interface FormInstrument {
  id: 'nprs' | 'running_function';
  name: string;
  items: { id: string; prompt: string; min: number; max: number; hint: string }[];
}

type Typed = Record<string, Record<string, string>>;

/** The typed text as answers: empty is "not answered"; undefined when any box is out of range. */
function toDraft(instruments: FormInstrument[], typed: Typed): FollowUpDraft | undefined {
  const draft: FollowUpDraft = {};
  for (const instrument of instruments) {
    const answers: Record<string, number | null> = {};
    for (const item of instrument.items) {
      const text = (typed[instrument.id]?.[item.id] ?? '').trim();
      if (text === '') {
        answers[item.id] = null;
        continue;
      }
      const value = Number(text);
      if (!Number.isInteger(value) || value < item.min || value > item.max) return undefined;
      answers[item.id] = value;
    }
    draft[instrument.id] = answers;
  }
  return draft;
}

export function FollowUpForm({
  requestId,
  instruments,
  initial,
}: {
  requestId: string;
  instruments: FormInstrument[];
  initial: Typed;
}) {
  const [typed, setTyped] = useState<Typed>(initial);
  const [revision, setRevision] = useState(0);
  const draft = useMemo(() => toDraft(instruments, typed), [instruments, typed]);
  const save = useCallback(
    (value: FollowUpDraft) => saveFollowUpDraftAction(requestId, value),
    [requestId],
  );
  const { status, cancel } = useAutosave(draft, revision, save);
  const [state, formAction, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    cancel();
    return submitFollowUpAction(prev, form);
  }, {});
  const set = (instrumentId: string, itemId: string, text: string) => {
    setTyped((t) => ({ ...t, [instrumentId]: { ...t[instrumentId], [itemId]: text } }));
    setRevision((r) => r + 1);
  };
  return (
    <form
      action={formAction}
      aria-busy={pending}
      data-testid="follow-up-form"
      className="space-y-5"
    >
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="answers" value={JSON.stringify(draft ?? {})} />
      {state.error ? (
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          data-testid="action-error"
        >
          {state.error}
        </p>
      ) : null}
      {instruments.map((instrument) => (
        <fieldset
          key={instrument.id}
          className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
          data-testid={`follow-up-${instrument.id}`}
        >
          <legend className="px-1 text-base font-semibold text-slate-900">{instrument.name}</legend>
          <div className="mt-2 space-y-4">
            {instrument.items.map((item) => (
              <label key={item.id} className="block text-sm">
                <span className="font-medium">{item.prompt}</span>
                <span className="mt-1 flex flex-wrap items-center gap-2">
                  <input
                    type="number"
                    inputMode="numeric"
                    min={item.min}
                    max={item.max}
                    step={1}
                    required
                    value={typed[instrument.id]?.[item.id] ?? ''}
                    onChange={(e) => set(instrument.id, item.id, e.target.value)}
                    className="w-24 rounded-md border border-slate-300 px-2 py-1 user-invalid:border-red-600"
                    data-testid={`fu-${instrument.id}-${item.id}`}
                  />
                  <span className="text-xs text-slate-600">{item.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          data-testid="follow-up-submit"
        >
          {pending ? 'Sending…' : 'Send my answers'}
        </button>
        <p
          role="status"
          aria-live="polite"
          className={`text-sm ${status.kind === 'error' || status.kind === 'invalid' ? 'text-red-800' : 'text-slate-600'}`}
          data-testid="follow-up-autosave"
        >
          {autosaveText(status)}
        </p>
      </div>
    </form>
  );
}
