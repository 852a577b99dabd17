import type { Metadata } from 'next';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { formatDate } from '~/components/format';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { exerciseLibrary, findExercise } from '@stride/treatment';

import { buildPlanAction, savePlanAction } from './actions';
import { AdherenceView } from './adherence-view';
import { CancelPlanCard, FollowUpScheduleCard, RaceDecisionCard } from './follow-up-card';

export const metadata: Metadata = { title: 'Treatment plan' };

const sourceLabel = { template: 'Template', finding: 'From findings', clinician: 'Added' } as const;

export default async function PlanBuilderPage({
  params,
}: {
  params: Promise<{ patientId: string }>;
}) {
  const { patientId } = await params;
  const viewer = await requireRole(['clinician'], `/clinician/patients/${patientId}/plan`);
  const api = await getApi();
  const [p, plan, diagnoses, adherence, followUps] = await Promise.all([
    orPage(api.patients.getChart({ patientId })),
    orPage(api.plans.forPatient({ patientId })),
    orPage(api.plans.diagnoses({ patientId })),
    orPage(api.plans.adherence({ patientId, weeks: 4 })),
    orPage(api.followUps.forPatient({ patientId })),
  ]);
  const inPlan = new Set(plan?.content.items.map((i) => i.exerciseId));
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <Link
        href={`/clinician/patients/${patientId}`}
        className="text-sm font-medium text-brand-700 hover:underline"
      >
        ← Back to chart
      </Link>
      <h1 className="mt-2 text-2xl font-semibold" data-testid="plan-builder-title">
        Treatment plan · {p.givenName} {p.familyName}
      </h1>
      {plan ? (
        <p className="text-sm text-slate-600" data-testid="plan-version">
          Version {plan.version} · {plan.diagnosis.label} ({plan.diagnosis.side},{' '}
          {plan.diagnosis.icd10Code}) · {plan.content.datingNote}
        </p>
      ) : null}
      <div className="mt-6 grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <Card
            title={plan ? 'Rebuild from a diagnosis' : 'Build from a diagnosis'}
            testId="plan-diagnoses"
          >
            {diagnoses.length === 0 ? (
              <p className="text-sm text-slate-600">
                No confirmed diagnosis yet. Confirm one in an encounter first.
              </p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {diagnoses.map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                    <div className="min-w-0 text-sm">
                      <p className="font-medium">
                        {d.label} · {d.side} · {d.icd10Code}
                      </p>
                      <p className="text-slate-600">Template: {d.templateBasis}</p>
                    </div>
                    <ActionForm action={buildPlanAction}>
                      <input type="hidden" name="diagnosisId" value={d.id} />
                      <input type="hidden" name="patientId" value={patientId} />
                      <button
                        type="submit"
                        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
                        data-testid="build-plan"
                      >
                        {plan ? 'Rebuild plan' : 'Build plan'}
                      </button>
                    </ActionForm>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          {plan ? (
            <Card title="Items" testId="plan-items">
              <ActionForm action={savePlanAction} testId="plan-edit-form">
                <input type="hidden" name="planId" value={plan.id} />
                <input type="hidden" name="patientId" value={patientId} />
                <ul className="divide-y divide-slate-100">
                  {plan.content.items.map((item) => {
                    const exercise = findExercise(item.exerciseId);
                    return (
                      <li key={item.key} className="py-3" data-testid={`plan-item-${item.key}`}>
                        <div className="flex flex-wrap items-baseline justify-between gap-2">
                          <p className="font-medium">{exercise?.name ?? item.exerciseId}</p>
                          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
                            {sourceLabel[item.source]}
                          </span>
                        </div>
                        <p className="text-sm text-slate-700">{item.why}</p>
                        {item.findings.length > 0 ? (
                          <p
                            className="mt-1 text-xs text-amber-800"
                            data-testid="plan-item-findings"
                          >
                            Triggered by: {item.findings.map((f) => f.text).join('; ')}
                          </p>
                        ) : null}
                        <p className="mt-1 text-xs text-slate-600">
                          Phases:{' '}
                          {item.phases
                            .map((id) => plan.content.phases.find((ph) => ph.id === id)?.name ?? id)
                            .join(', ')}{' '}
                          · {item.daysPerWeek === 1 ? 'once' : `${item.daysPerWeek} days`} a week
                        </p>
                        <div className="mt-2 flex flex-wrap items-center gap-3">
                          <label className="flex w-full min-w-0 flex-col gap-1 text-sm sm:w-auto sm:flex-1 sm:flex-row sm:items-center sm:gap-2">
                            <span className="text-slate-600">Dosage</span>
                            <input
                              name={`dosage-${item.key}`}
                              defaultValue={item.dosage}
                              className="w-full min-w-0 rounded-md border border-slate-300 px-2 py-1 sm:flex-1"
                              data-testid={`dosage-${item.key}`}
                            />
                            <input type="hidden" name={`was-${item.key}`} value={item.dosage} />
                          </label>
                          <label className="flex items-center gap-1 text-sm text-red-700">
                            <input
                              type="checkbox"
                              name={`remove-${item.key}`}
                              data-testid={`remove-${item.key}`}
                            />
                            Remove
                          </label>
                        </div>
                      </li>
                    );
                  })}
                </ul>
                <div className="mt-4 grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2">
                  <label className="text-sm">
                    <span className="block text-slate-600">Add from the library</span>
                    <select
                      name="add"
                      className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5"
                      data-testid="plan-add"
                      defaultValue=""
                    >
                      <option value="">Nothing</option>
                      {exerciseLibrary
                        .filter((e) => !inPlan.has(e.id))
                        .map((e) => (
                          <option key={e.id} value={e.id}>
                            {e.name} ({e.category.replace('_', ' ')})
                          </option>
                        ))}
                    </select>
                  </label>
                  <label className="text-sm">
                    <span className="block text-slate-600">Its dosage (optional)</span>
                    <input
                      name="addDosage"
                      className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5"
                      placeholder="Library default"
                    />
                  </label>
                </div>
                <button
                  type="submit"
                  className="mt-4 rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
                  data-testid="save-plan"
                >
                  Save as new version
                </button>
              </ActionForm>
            </Card>
          ) : null}
        </div>
        <div className="space-y-5">
          {plan ? (
            <Card title="Phases" testId="plan-phases">
              <ol className="space-y-2 text-sm">
                {plan.content.phases.map((ph) => (
                  <li key={ph.id}>
                    <p className="font-medium">{ph.name}</p>
                    <p className="text-slate-600">
                      {formatDate(ph.startDate)} – {formatDate(ph.endDate)}
                    </p>
                  </li>
                ))}
              </ol>
              {plan.content.goNoGoDate ? (
                <p className="mt-3 text-sm font-medium" data-testid="plan-go-no-go">
                  Go/no-go: {formatDate(plan.content.goNoGoDate)}
                </p>
              ) : null}
            </Card>
          ) : null}
          {plan ? <RaceDecisionCard followUps={followUps} patientId={patientId} /> : null}
          {plan ? <FollowUpScheduleCard followUps={followUps} /> : null}
          <Card title="Adherence" testId="plan-adherence-card">
            {adherence ? (
              <AdherenceView adherence={adherence} />
            ) : (
              <p className="text-sm text-slate-600">No plan yet.</p>
            )}
          </Card>
          {plan ? <CancelPlanCard planId={plan.id} patientId={patientId} /> : null}
        </div>
      </div>
    </AppShell>
  );
}
