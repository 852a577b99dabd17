import { Card } from '~/components/card';
import { getApi, orPage } from '~/server/api';
import Link from 'next/link';

import { AdherenceView } from './plan/adherence-view';

/** The chart's plan summary: diagnosis, version, adherence and recent pain, with a link to edit. */
export async function PlanCard({ patientId, canEdit }: { patientId: string; canEdit: boolean }) {
  const api = await getApi();
  const [plan, adherence] = await Promise.all([
    orPage(api.plans.forPatient({ patientId })),
    orPage(api.plans.adherence({ patientId, weeks: 4 })),
  ]);
  return (
    <Card title="Treatment plan" testId="chart-plan">
      {plan ? (
        <p className="mb-3 text-sm text-slate-700">
          {plan.diagnosis.label} · version {plan.version} · {plan.currentPhase?.name ?? ''} phase
        </p>
      ) : (
        <p className="mb-3 text-sm text-slate-600">No plan yet.</p>
      )}
      {adherence ? <AdherenceView adherence={adherence} /> : null}
      {canEdit ? (
        <Link
          href={`/clinician/patients/${patientId}/plan`}
          className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline"
          data-testid="open-plan-builder"
        >
          {plan ? 'Open plan builder' : 'Build a plan'}
        </Link>
      ) : null}
    </Card>
  );
}
