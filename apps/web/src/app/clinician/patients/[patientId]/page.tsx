import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { Card, Field } from '~/components/card';
import { ageOn, formatDate, sexLabel, weeksUntil } from '~/components/format';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { ClinicalRecord } from './clinical-record';
import { GaitCard } from './gait-card';
import { IntakeCard } from './intake-card';
import { PatientAppointments } from './patient-appointments';
import { PlanCard } from './plan-card';
import { ProgressCard } from './progress-card';
import { RecordAccessCard } from './record-access-card';
import { SaphenousCard } from './saphenous-card';
import { ScoresCard } from './scores-card';

export const metadata: Metadata = { title: 'Patient chart' };

export default async function PatientChartPage({
  params,
}: {
  params: Promise<{ patientId: string }>;
}) {
  const { patientId } = await params;
  const viewer = await requireRole(['clinician', 'front_desk'], `/clinician/patients/${patientId}`);
  const api = await getApi();
  const p = await orPage(api.patients.getChart({ patientId }));
  const appointments = await orPage(api.scheduling.forPatient({ patientId }));
  const encounters =
    viewer.role === 'clinician' ? await orPage(api.encounters.forPatient({ patientId })) : null;
  const today = new Date();
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <Link href="/clinician" className="text-sm font-medium text-brand-700 hover:underline">
        ← Back to caseload
      </Link>
      <h1 className="mt-2 text-2xl font-semibold" data-testid="chart-name">
        {p.givenName} {p.familyName}
      </h1>
      <p className="text-sm text-slate-600">
        {ageOn(p.dateOfBirth, today)} years · {sexLabel[p.sex]} · born {formatDate(p.dateOfBirth)}
      </p>
      {viewer.role === 'clinician' ? (
        <a
          href={`/clinician/patients/${p.id}/fhir`}
          download
          className="mt-1 inline-block text-sm font-medium text-brand-700 hover:underline"
          data-testid="chart-fhir-download"
        >
          Download record (FHIR R4)
        </a>
      ) : null}
      {viewer.role === 'clinician' ? (
        // Red flags from intake come before anything else on the chart.
        <div className="mt-6">
          <IntakeCard patientId={p.id} timeZone={p.location.timeZone} />
        </div>
      ) : null}
      {viewer.role === 'clinician' ? (
        <div className="mt-6 empty:hidden">
          <SaphenousCard patientId={p.id} />
        </div>
      ) : null}
      <div className="mt-6 grid gap-5 md:grid-cols-3">
        <Card title="Running" testId="chart-running">
          <dl>
            <Field label="Weekly distance">
              {p.weeklyDistanceKm === null ? 'Not recorded' : `${p.weeklyDistanceKm} km`}
            </Field>
            <Field label="Target race">{p.targetRace ?? 'None'}</Field>
            {p.targetRaceDate ? (
              <Field label="Race date">
                {formatDate(p.targetRaceDate)} ({Math.max(0, weeksUntil(p.targetRaceDate, today))}{' '}
                weeks)
              </Field>
            ) : null}
          </dl>
        </Card>
        <Card title="Care">
          <dl>
            <Field label="Home location">{p.location.name}</Field>
            <Field label="Primary clinician">{p.primaryClinician?.name ?? 'Unassigned'}</Field>
            <Field label="Portal account">{p.hasPortalAccount ? 'Yes' : 'No'}</Field>
          </dl>
        </Card>
        <Card title="Contact">
          <dl>
            <Field label="Email">{p.email ?? 'Not recorded'}</Field>
            <Field label="Phone">{p.phone ?? 'Not recorded'}</Field>
          </dl>
        </Card>
      </div>
      <div className="mt-5 grid gap-5 lg:grid-cols-2">
        {encounters ? (
          <ClinicalRecord patientId={p.id} encounters={encounters} timeZone={p.location.timeZone} />
        ) : null}
        <PatientAppointments patientId={p.id} upcoming={appointments.upcoming} />
        <PlanCard patientId={p.id} canEdit={viewer.role === 'clinician'} />
        {viewer.role === 'clinician' ? (
          <ScoresCard patientId={p.id} timeZone={p.location.timeZone} />
        ) : null}
        {viewer.role === 'clinician' ? <ProgressCard patientId={p.id} /> : null}
        {viewer.role === 'clinician' ? (
          <GaitCard patientId={p.id} timeZone={p.location.timeZone} />
        ) : null}
      </div>
      {viewer.role === 'clinician' ? (
        <div className="mt-5">
          <RecordAccessCard patientId={p.id} timeZone={p.location.timeZone} />
        </div>
      ) : null}
    </AppShell>
  );
}
