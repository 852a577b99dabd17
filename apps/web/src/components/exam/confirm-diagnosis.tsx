'use client';

import { confirmDiagnosisAction } from '~/app/clinician/encounters/[encounterId]/actions';
import { ActionForm } from '~/components/action-form';

import { conditionLabels, conditions } from '@stride/diagnosis';

export interface ConfirmedDiagnosis {
  condition: string;
  side: string;
  icd10Code: string;
  engineTop: string;
}

const box = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

/** The clinician's call, defaulting to the engine's top condition and the symptomatic side. */
export function ConfirmDiagnosis({
  encounterId,
  profile,
  top,
  side,
  confirmed,
}: {
  encounterId: string;
  profile: string;
  top: string;
  side: string | undefined;
  confirmed: ConfirmedDiagnosis | null;
}) {
  return (
    <div className="border-t border-slate-200 pt-3">
      <h3 className="text-sm font-semibold">Primary diagnosis</h3>
      {confirmed ? (
        <p
          className="mt-1 rounded-md bg-emerald-50 px-2 py-1 text-sm text-emerald-900"
          data-testid="confirmed-diagnosis"
        >
          Confirmed:{' '}
          {conditionLabels[confirmed.condition as keyof typeof conditionLabels] ??
            confirmed.condition}
          , {confirmed.side} (ICD-10-CM {confirmed.icd10Code})
          {confirmed.engineTop !== confirmed.condition
            ? ' — differs from the engine’s top suggestion'
            : ''}
        </p>
      ) : null}
      <ActionForm
        action={confirmDiagnosisAction}
        className="mt-2 space-y-2"
        testId="confirm-diagnosis-form"
      >
        <input type="hidden" name="encounterId" value={encounterId} />
        <input type="hidden" name="profile" value={profile} />
        <label className="block text-sm">
          <span className="sr-only">Condition</span>
          <select
            name="condition"
            defaultValue={top}
            key={top}
            className={`${box} w-full`}
            data-testid="confirm-condition"
          >
            {conditions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <div className="flex flex-wrap items-center gap-2">
          <label className="text-sm">
            <span className="sr-only">Side</span>
            <select
              name="side"
              defaultValue={side ?? 'right'}
              key={side}
              className={box}
              data-testid="confirm-side"
            >
              <option value="left">Left</option>
              <option value="right">Right</option>
              <option value="bilateral">Both</option>
            </select>
          </label>
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
            data-testid="confirm-diagnosis"
          >
            {confirmed ? 'Confirm again' : 'Confirm diagnosis'}
          </button>
        </div>
        <label className="block text-sm">
          <span className="sr-only">Note</span>
          <input
            name="note"
            maxLength={2000}
            placeholder="Note (optional)"
            className={`${box} w-full`}
          />
        </label>
      </ActionForm>
    </div>
  );
}
