'use client';

import { useMemo, useState } from 'react';

import type { ExamRecord } from '@stride/exam-schema';
import { builtInProfiles, conditionLabels, diagnose, isBuiltInProfileId } from '@stride/diagnosis';
import { examRecordToCase, examTestLabels } from '@stride/exam-schema';

import type { OrgProfileOption } from './profile-options';
import { testInputId } from './exam-section';
import { profileChoices } from './profile-options';

/** Jumps to the symptomatic side's input for a suggested test and focuses it. */
function jumpToTest(test: string, exam: ExamRecord): void {
  const side = exam.symptomaticSide === 'left' ? 'left' : 'right';
  const el = document.getElementById(testInputId(side, test));
  el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el?.querySelector<HTMLInputElement>('input')?.focus();
}

/**
 * The engine runs in the browser on every change (it is pure and fast), so the differential
 * follows the findings as they are typed. The server recomputes it when a diagnosis is confirmed.
 */
export function DiagnosisPanel({
  exam,
  ownProfiles,
  defaultProfileId,
  confirm,
}: {
  exam: ExamRecord;
  ownProfiles: readonly OrgProfileOption[];
  /** The organisation's default: the switch starts there. */
  defaultProfileId: string;
  confirm: (profileId: string, top: string) => React.ReactNode;
}) {
  const choices = useMemo(() => profileChoices(ownProfiles), [ownProfiles]);
  const [profileId, setProfileId] = useState(() =>
    choices.some((c) => c.id === defaultProfileId) ? defaultProfileId : 'clinic-method',
  );
  const choice = choices.find((c) => c.id === profileId) ?? choices[0];
  const output = useMemo(
    () =>
      diagnose(examRecordToCase(exam), {
        profile: choice?.profile,
        compareWith: choice?.compareWith,
      }),
    [exam, choice],
  );
  const top = output.differential[0];
  const otherId = output.otherProfile.id;
  const otherLabel = isBuiltInProfileId(otherId) ? builtInProfiles[otherId].label : otherId;
  return (
    <aside
      aria-labelledby="ddx-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
      data-testid="diagnosis-panel"
    >
      {output.referral.recommended ? (
        <div
          role="alert"
          className={`rounded-lg border p-3 text-sm ${output.referral.urgent ? 'border-red-300 bg-red-50 text-red-900' : 'border-amber-300 bg-amber-50 text-amber-900'}`}
          data-testid="referral-banner"
        >
          <p className="font-semibold">
            {output.referral.urgent ? 'Urgent referral recommended' : 'Referral recommended'}
          </p>
          <ul className="mt-1 list-disc pl-5">
            {output.referral.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="ddx-heading" className="text-lg font-semibold">
          Differential
        </h2>
        <div
          role="group"
          aria-label="Prior profile"
          className="flex flex-wrap overflow-hidden rounded-md border border-slate-300 text-xs"
        >
          {choices.map((c) => (
            <button
              key={c.id}
              type="button"
              aria-pressed={profileId === c.id}
              onClick={() => setProfileId(c.id)}
              className={`px-2 py-1 ${profileId === c.id ? 'bg-brand-700 text-white' : 'bg-white'}`}
              data-testid={`profile-${c.id}`}
            >
              {c.label}
            </button>
          ))}
        </div>
      </div>
      <p className="text-xs text-slate-600" data-testid="profile-note">
        Priors: {choice?.label} profile v{output.profile.version}
        {profileId === defaultProfileId ? ', the clinic default' : ''} (
        {choice?.builtIn
          ? 'expert-set starting values'
          : "the clinic's own values, expert-set unless cited"}
        ). The {otherLabel} profile would rank{' '}
        <strong>{conditionLabels[output.otherProfile.top] ?? output.otherProfile.top}</strong>{' '}
        first.
      </p>
      <ol className="space-y-2" data-testid="differential">
        {output.differential.map((d) => {
          const pct = Math.round(d.probability * 1000) / 10;
          const label = conditionLabels[d.condition];
          return (
            <li key={d.condition} data-testid="ddx-row" data-condition={d.condition}>
              <details>
                <summary className="cursor-pointer list-none">
                  <span className="flex justify-between text-sm">
                    <span className="font-medium">{label}</span>
                    <span className="tabular-nums">{pct.toFixed(1)}%</span>
                  </span>
                  <span className="mt-1 block h-2 rounded bg-slate-100" aria-hidden="true">
                    <span
                      className="block h-2 rounded bg-brand-600"
                      style={{ width: `${Math.max(pct, 0.5)}%` }}
                    />
                  </span>
                </summary>
                {d.evidence.length === 0 ? (
                  <p className="mt-1 text-xs text-slate-600">
                    No finding moved this yet: it rests on its prior.
                  </p>
                ) : (
                  <ul className="mt-1 space-y-1 text-xs">
                    {d.evidence.map((e) => (
                      <li
                        key={`${e.finding}-${e.direction}`}
                        className={e.direction === 'for' ? 'text-emerald-900' : 'text-red-900'}
                      >
                        {e.direction === 'for' ? '▲' : '▼'} {e.finding.split('.').pop()} ={' '}
                        {String(e.value)} (×
                        {e.direction === 'for'
                          ? e.weight.toFixed(2)
                          : `1/${e.weight.toFixed(2)}`}, {e.kind}) —{' '}
                        <span className="text-slate-700">{e.source}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </details>
            </li>
          );
        })}
      </ol>
      {output.nextTests.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold">Most informative next tests</h3>
          <ul className="mt-1 flex flex-wrap gap-2" data-testid="next-tests">
            {output.nextTests.map((t) => (
              <li key={t}>
                <button
                  type="button"
                  onClick={() => jumpToTest(t, exam)}
                  className="rounded-full border border-brand-600 px-2 py-0.5 text-xs text-brand-800 hover:bg-brand-50"
                  data-testid={`next-test-${t}`}
                >
                  {examTestLabels[t] ?? t}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {output.contributingFactors.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold">Contributing factors</h3>
          <ul className="mt-1 list-disc pl-5 text-sm" data-testid="contributing-factors">
            {output.contributingFactors.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {confirm(profileId, top?.condition ?? '')}
    </aside>
  );
}
