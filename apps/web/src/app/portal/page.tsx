import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { Card, Field } from '~/components/card';
import { formatDate, sexLabel, weeksUntil } from '~/components/format';
import { portalNav } from '~/components/portal-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { PastAppointments, UpcomingAppointments } from './appointment-list';
import { FollowUpTasks } from './follow-up-tasks';
import { PlanSummary } from './plan-summary';
import { WaitlistList } from './waitlist-list';

export const metadata: Metadata = { title: 'My Stride' };

const notices: Record<string, string> = {
  booked: 'You are booked. We have added it to your appointments below.',
  rescheduled: 'Your appointment has been moved.',
  cancelled: 'Your appointment has been cancelled.',
  waitlisted: 'You are on the waitlist. We will email you when a time opens.',
  answered: 'Thank you: your check-in answers are with your clinician.',
};

export default async function PortalHome({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireRole(['patient'], '/portal');
  const api = await getApi();
  const [me, appointments, waitlist, intake] = await Promise.all([
    orPage(api.portal.me()),
    orPage(api.scheduling.mine()),
    orPage(api.waitlist.mine()),
    orPage(api.intake.mine()),
  ]);
  const sp = await searchParams;
  const notice = Object.keys(notices).find((k) => sp[k]);
  const today = new Date();
  return (
    <AppShell viewer={viewer} nav={portalNav}>
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
        <div className="space-y-5">
          <FollowUpTasks />
          <PlanSummary />
          {notice ? (
            <p
              role="status"
              className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
              data-testid="portal-notice"
            >
              {notices[notice]}
            </p>
          ) : null}
          <Card title="Upcoming appointments" testId="portal-appointments">
            {appointments.upcoming.length === 0 ? (
              <p className="text-sm text-slate-600" data-testid="portal-appointments-empty">
                You have no upcoming appointments.
              </p>
            ) : (
              <UpcomingAppointments items={appointments.upcoming} now={today} />
            )}
            <Link
              href="/portal/book"
              className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
              data-testid="book-appointment"
            >
              Book an appointment
            </Link>
          </Card>
          {waitlist.length > 0 ? (
            <Card title="Waitlist" testId="portal-waitlist">
              <WaitlistList items={waitlist} />
            </Card>
          ) : null}
          {appointments.past.length > 0 ? (
            <Card title="Past appointments">
              <PastAppointments items={appointments.past} />
            </Card>
          ) : null}
        </div>
        <Card
          title={intake.lastSubmitted ? 'Your intake' : 'Before your first visit'}
          testId="portal-intake"
        >
          <p className="text-sm text-slate-700">
            {intake.lastSubmitted
              ? `Thank you: your clinic has version ${intake.lastSubmitted.version}. If something has changed, update it.`
              : 'Tell us about your knee and your running so your clinician can prepare.'}
          </p>
          <Link
            href="/portal/intake"
            className="mt-3 inline-block font-medium text-brand-700 underline"
            data-testid="portal-intake-link"
          >
            {intake.lastSubmitted
              ? 'Update your intake'
              : intake.current
                ? 'Finish your intake form'
                : 'Fill in your intake form'}
          </Link>
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
          <a
            href="/portal/record"
            download
            className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline"
            data-testid="portal-record-download"
          >
            Download my record (FHIR R4)
          </a>
        </Card>
      </div>
    </AppShell>
  );
}
