import type { Metadata } from 'next';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { Card, Field } from '~/components/card';
import { formatInZone, zoneLabel } from '~/components/format';
import { portalNav } from '~/components/portal-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { confirmAction } from '../../../actions';

export const metadata: Metadata = { title: 'Confirm your booking' };

export default async function ConfirmPage({
  params,
}: {
  params: Promise<{ appointmentId: string }>;
}) {
  const { appointmentId } = await params;
  const viewer = await requireRole(['patient'], `/portal/appointments/${appointmentId}/confirm`);
  const mine = await orPage((await getApi()).scheduling.mine());
  const appt = mine.upcoming.find((a) => a.id === appointmentId);
  if (!appt) notFound();
  const tz = appt.location.timeZone;
  return (
    <AppShell viewer={viewer} nav={portalNav}>
      <h1 className="text-2xl font-semibold">
        {appt.status === 'held' ? 'Confirm your booking' : 'You are booked'}
      </h1>
      {appt.status === 'held' && appt.holdExpiresAt ? (
        <p className="mt-1 text-slate-700" data-testid="hold-notice">
          We are holding this time for you until {formatInZone(appt.holdExpiresAt, tz, 'time')}.
        </p>
      ) : null}
      <div className="mt-6 max-w-xl">
        <Card title={appt.type.name} testId="confirm-details">
          <dl>
            <Field label="When">{formatInZone(appt.startsAt, tz)}</Field>
            <Field label="Time zone">{zoneLabel(tz, appt.startsAt)}</Field>
            <Field label="Length">{appt.type.durationMinutes} minutes</Field>
            <Field label="Clinician">{appt.clinician.name}</Field>
            <Field label="Where">
              {appt.location.name}, {appt.location.address}
            </Field>
          </dl>
        </Card>
        <p className="mt-4 text-sm text-slate-600">
          You can cancel or move it online until {appt.location.cancellationWindowHours} hours
          before it starts; after that, please call the clinic.
        </p>
        {appt.status === 'held' ? (
          <ActionForm
            action={confirmAction}
            className="mt-6 flex flex-wrap items-center gap-3"
            testId="confirm-form"
          >
            <input type="hidden" name="appointmentId" value={appt.id} />
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800"
              data-testid="confirm-booking"
            >
              Confirm booking
            </button>
            <Link href="/portal/book" className="text-sm text-brand-700 underline">
              Choose another time
            </Link>
          </ActionForm>
        ) : (
          <Link
            href="/portal"
            className="mt-6 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-medium text-white"
          >
            Back to my appointments
          </Link>
        )}
      </div>
    </AppShell>
  );
}
