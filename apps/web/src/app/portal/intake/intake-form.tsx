'use client';

import { ActionForm } from '~/components/action-form';
import { Section } from '~/components/intake/choices';
import { autosaveText, useAutosave } from '~/components/intake/use-autosave';
import { useMemo, useState } from 'react';

import type { IntakeData } from '@stride/exam-schema';
import {
  intakeConsentText,
  intakeSchema,
  intakeSubmissionIssues,
  intakeFieldLabels as L,
} from '@stride/exam-schema';

import type { NumberField } from './intake-sections';
import { saveIntakeDraftAction, submitIntakeAction } from './actions';
import { PainSection, RedFlagSection, RunningSection, WhereSection } from './intake-sections';

const numberFields: NumberField[] = ['durationWeeks', 'weeklyDistanceKm', 'recentLoadIncreasePct'];

/** Keeps what was typed, so "4." survives while a number is being written. */
const toNumber = (text: string): number | undefined =>
  text.trim() === '' ? undefined : Number(text.replace(',', '.').replace('−', '-'));

export function IntakeForm({ initial }: { initial: IntakeData }) {
  const [data, setData] = useState<IntakeData>(initial);
  const [revision, setRevision] = useState(0);
  const [numbers, setNumbers] = useState(
    () =>
      Object.fromEntries(numberFields.map((f) => [f, initial[f]?.toString() ?? ''])) as Record<
        NumberField,
        string
      >,
  );
  const update = (patch: Partial<IntakeData>) => {
    setData((d) => ({ ...d, ...patch }));
    setRevision((r) => r + 1);
  };
  const setNumber = (field: NumberField, text: string) => {
    setNumbers((n) => ({ ...n, [field]: text }));
    update({ [field]: toNumber(text) });
  };

  const parsed = useMemo(() => intakeSchema.safeParse(data), [data]);
  const errors = useMemo(() => {
    const out: Partial<Record<string, string>> = {};
    for (const issue of parsed.error?.issues ?? []) {
      const key = String(issue.path[0] ?? 'form');
      out[key] ??= issue.message;
    }
    return out;
  }, [parsed]);
  const { status, cancel } = useAutosave(
    parsed.success ? parsed.data : undefined,
    revision,
    saveIntakeDraftAction,
  );
  const missing = intakeSubmissionIssues(data);
  const props = { data, update, errors, numbers, setNumber };
  const bad = status.kind === 'error' || status.kind === 'invalid';

  return (
    <div className="space-y-5">
      <p
        role="status"
        className={`sticky top-0 z-10 rounded-md border px-3 py-2 text-sm font-medium shadow-sm ${
          bad
            ? 'border-red-200 bg-red-50 text-red-800'
            : 'border-slate-200 bg-white/95 text-slate-700'
        }`}
        data-testid="intake-autosave"
      >
        {autosaveText(status)}
      </p>
      <WhereSection {...props} />
      <PainSection {...props} />
      <RunningSection {...props} />
      <RedFlagSection {...props} />
      <Section title={L.notes} hint="Optional: other injuries, what you have tried, questions.">
        <label htmlFor="intake-notes" className="sr-only">
          {L.notes}
        </label>
        <textarea
          id="intake-notes"
          rows={3}
          value={data.notes ?? ''}
          onChange={(e) => update({ notes: e.target.value === '' ? undefined : e.target.value })}
          className="w-full rounded-md border border-slate-300 px-3 py-2"
          data-testid="intake-notes"
        />
      </Section>
      <Section title="Consent and signature" testId="intake-sign">
        {missing.length > 0 ? (
          <div className="rounded-md bg-slate-100 px-3 py-2 text-sm" data-testid="intake-missing">
            <p className="font-medium">Before you submit:</p>
            <ul className="mt-1 list-disc pl-5">
              {missing.map((m) => (
                <li key={m.field}>{m.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div onSubmitCapture={cancel}>
          <ActionForm action={submitIntakeAction} testId="intake-submit-form">
            <input type="hidden" name="data" value={JSON.stringify(parsed.data ?? data)} />
            <div className="space-y-4">
              <label className="flex items-start gap-3 text-sm">
                <input
                  type="checkbox"
                  name="consent"
                  value="yes"
                  className="mt-0.5 size-4 shrink-0 accent-brand-700"
                  data-testid="intake-consent"
                />
                <span>{intakeConsentText}</span>
              </label>
              <div>
                <label htmlFor="intake-signedName" className="block font-medium text-slate-900">
                  {L.signedName}
                </label>
                <p id="signedName-hint" className="text-sm text-slate-600">
                  Type your first and last name as your clinic has them. This is your signature; we
                  record the time you submit.
                </p>
                <input
                  id="intake-signedName"
                  name="signedName"
                  autoComplete="name"
                  aria-describedby="signedName-hint"
                  className="mt-1 w-full max-w-sm rounded-md border border-slate-300 px-3 py-2"
                  data-testid="intake-signedName"
                />
              </div>
              <button
                type="submit"
                className="min-h-11 rounded-md bg-brand-700 px-5 py-2 font-medium text-white hover:bg-brand-800"
                data-testid="intake-submit"
              >
                Sign and submit
              </button>
            </div>
          </ActionForm>
        </div>
      </Section>
    </div>
  );
}
