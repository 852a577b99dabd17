import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { IntakeCard } from '../intake-card';

export const metadata: Metadata = { title: 'Intake' };

export default async function PatientIntakePage({
  params,
  searchParams,
}: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<{ version?: string }>;
}) {
  const { patientId } = await params;
  const viewer = await requireRole(
    ['clinician', 'front_desk'],
    `/clinician/patients/${patientId}/intake`,
  );
  const sp = await searchParams;
  const version = sp.version && /^\d{1,6}$/.test(sp.version) ? Number(sp.version) : undefined;
  const p = await orPage((await getApi()).patients.getChart({ patientId }));
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <Link
        href={`/clinician/patients/${p.id}`}
        className="text-sm font-medium text-brand-700 hover:underline"
        data-testid="back-to-chart"
      >
        ← Back to the chart
      </Link>
      <h1 className="mt-2 text-2xl font-semibold" data-testid="intake-patient-name">
        {p.givenName} {p.familyName}: intake
      </h1>
      <div className="mt-6">
        <IntakeCard patientId={p.id} timeZone={p.location.timeZone} version={version} />
      </div>
    </AppShell>
  );
}
