import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { Card, Field } from '~/components/card';
import { formatDate, sexLabel, weeksUntil } from '~/components/format';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';

export const metadata: Metadata = { title: 'My Stride' };

export default async function PortalHome() {
  const viewer = await requireRole(['patient'], '/portal');
  const me = await orPage((await getApi()).portal.me());
  const today = new Date();
  return (
    <AppShell viewer={viewer} nav={[{ href: '/portal', label: 'Home' }]}>
      <h1 className="text-2xl font-semibold" data-testid="portal-greeting">
        Hello, {me.givenName}
      </h1>
      {me.targetRace && me.targetRaceDate ? (
        <p className="mt-1 text-slate-600">
          {Math.max(0, weeksUntil(me.targetRaceDate, today))} weeks to the {me.targetRace} (
          {formatDate(me.targetRaceDate)}).
        </p>
      ) : null}
      <div className="mt-6 grid gap-5 md:grid-cols-2">
        <Card title="Upcoming appointments" testId="portal-appointments">
          <p className="text-sm text-slate-600" data-testid="portal-appointments-empty">
            You have no upcoming appointments. Your clinic at {me.location.name} can book one for
            you.
          </p>
        </Card>
        <Card title="My details" testId="portal-details">
          <dl>
            <Field label="Name">
              {me.givenName} {me.familyName}
            </Field>
            <Field label="Date of birth">{formatDate(me.dateOfBirth)}</Field>
            <Field label="Sex">{sexLabel[me.sex]}</Field>
            <Field label="Email">{me.email ?? 'Not recorded'}</Field>
            <Field label="Phone">{me.phone ?? 'Not recorded'}</Field>
            <Field label="Weekly running">
              {me.weeklyDistanceKm === null ? 'Not recorded' : `${me.weeklyDistanceKm} km`}
            </Field>
            <Field label="My clinic">{me.location.name}</Field>
            <Field label="My clinician">{me.primaryClinician?.name ?? 'Not yet assigned'}</Field>
          </dl>
        </Card>
      </div>
    </AppShell>
  );
}
