import type { Metadata } from 'next';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { formatInZone } from '~/components/format';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { dischargeAction } from './actions';
import { CriteriaList } from './criteria-list';

export const metadata: Metadata = { title: 'Discharge' };

/** The clinician reviews each discharge criterion for the active plan and confirms with a note. */
export default async function DischargePage({
  params,
  searchParams,
}: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<{ deficit?: string }>;
}) {
  const { patientId } = await params;
  const { deficit } = await searchParams;
  const viewer = await requireRole(['clinician'], `/clinician/patients/${patientId}/discharge`);
  const api = await getApi();
  const p = await orPage(api.patients.getChart({ patientId }));
  const { plan, review, discharge } = await orPage(
    api.progress.dischargeReview({ patientId, deficit }),
  );
  const chosen = review?.facts.keyDeficit?.key;
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <Link
        href={`/clinician/patients/${patientId}`}
        className="text-sm font-medium text-brand-700 hover:underline"
      >
        ← Back to chart
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">
        Discharge: {p.givenName} {p.familyName}
      </h1>
      {plan && review ? (
        <div className="mt-6 grid gap-5 lg:grid-cols-2">
          <Card title={`Criteria for the ${plan.condition} plan (version ${plan.version})`}>
            {review.facts.deficitOptions.length > 1 ? (
              <form className="mb-4 flex flex-wrap items-end gap-2 text-sm">
                <label className="block">
                  <span className="block font-medium">Key gait deficit</span>
                  <select
                    name="deficit"
                    defaultValue={chosen}
                    className="mt-1 rounded-md border border-slate-300 px-2 py-1"
                  >
                    {review.facts.deficitOptions.map((o) => (
                      <option key={o.key} value={o.key}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className="rounded-md border border-slate-300 px-3 py-1">
                  Judge this one
                </button>
              </form>
            ) : null}
            <CriteriaList evaluation={review.evaluation} />
          </Card>
          <Card title="Confirm discharge">
            <p className="text-sm text-slate-700">
              {review.evaluation.allMet
                ? 'Every criterion is met.'
                : 'Not every criterion is met; you may still discharge, and your note should say why.'}{' '}
              Discharging closes the plan and cancels its unanswered follow-ups. The patient sees a
              plain-words summary; your note stays in the chart.
            </p>
            <ActionForm action={dischargeAction} className="mt-3 space-y-3" testId="discharge-form">
              <input type="hidden" name="patientId" value={patientId} />
              <input type="hidden" name="planId" value={plan.id} />
              {chosen ? <input type="hidden" name="deficit" value={chosen} /> : null}
              <label className="block text-sm">
                <span className="font-medium">Discharge note</span>
                <textarea
                  name="note"
                  required
                  maxLength={2000}
                  rows={4}
                  className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1"
                  data-testid="discharge-note"
                />
              </label>
              <button
                type="submit"
                className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
                data-testid="discharge-confirm"
              >
                Discharge and close the plan
              </button>
            </ActionForm>
          </Card>
        </div>
      ) : null}
      {!plan && discharge ? (
        <div className="mt-6 max-w-2xl">
          <Card title="Discharged" testId="discharge-done">
            <p className="text-sm">
              {formatInZone(discharge.dischargedAt, p.location.timeZone, 'date')} by{' '}
              {discharge.dischargedBy}. Criteria met:{' '}
              {discharge.criteriaMet.length === 0 ? 'none' : discharge.criteriaMet.length} of 3.
            </p>
            {discharge.note ? <p className="mt-2 text-sm">Note: {discharge.note}</p> : null}
            <h3 className="mt-3 text-sm font-medium">What the patient sees</h3>
            <p className="text-sm text-slate-700" data-testid="discharge-summary">
              {discharge.patientSummary}
            </p>
          </Card>
        </div>
      ) : null}
      {!plan && !discharge ? (
        <p className="mt-6 text-sm text-slate-600">There is no active plan to discharge.</p>
      ) : null}
    </AppShell>
  );
}
