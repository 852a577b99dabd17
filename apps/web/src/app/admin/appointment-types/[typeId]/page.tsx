import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { updateTypeAction } from '../actions';
import { TypeForm } from '../type-form';

export const metadata: Metadata = { title: 'Appointment type' };

export default async function TypePage({ params }: { params: Promise<{ typeId: string }> }) {
  const { typeId } = await params;
  const viewer = await requireRole(['admin'], `/admin/appointment-types/${typeId}`);
  const {
    id,
    key: _key,
    ...values
  } = await orPage((await getApi()).adminAppointmentTypes.get({ appointmentTypeId: typeId }));
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <Link href="/admin/appointment-types" className="text-sm text-brand-700 underline">
        All appointment types
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{values.name}</h1>
      <p className="text-sm text-slate-600">
        Changes apply to new bookings at once; booked appointments keep their times and rooms.
      </p>
      <div className="mt-6 max-w-2xl">
        <Card title="Appointment type">
          <TypeForm
            action={updateTypeAction}
            values={values}
            appointmentTypeId={id}
            submitLabel="Save appointment type"
          />
        </Card>
      </div>
    </AppShell>
  );
}
