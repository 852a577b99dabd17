import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { staffNav } from '~/components/staff-nav';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { BOOKING_POLICY, DEFAULT_OPENING_HOURS } from '@stride/api';

import { createLocationAction } from '../actions';
import { LocationForm } from '../location-form';

export const metadata: Metadata = { title: 'New location' };

export default async function NewLocationPage() {
  const viewer = await requireRole(['admin'], '/admin/locations/new');
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <Link href="/admin" className="text-sm text-brand-700 underline">
        All locations
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">New location</h1>
      <p className="text-sm text-slate-600">
        Next you add the clinicians who work here and set their hours; patients can book from then.
      </p>
      <div className="mt-6 max-w-3xl">
        <Card title="Location">
          <LocationForm
            action={createLocationAction}
            submitLabel="Create location"
            values={{
              name: '',
              addressLine1: '',
              city: '',
              region: '',
              postalCode: '',
              timeZone: 'America/Los_Angeles',
              openingHours: [...DEFAULT_OPENING_HOURS],
              minNoticeMinutes: BOOKING_POLICY.minNoticeMinutes.default,
              bookingHorizonDays: BOOKING_POLICY.bookingHorizonDays.default,
              cancellationWindowHours: BOOKING_POLICY.cancellationWindowHours.default,
            }}
          />
        </Card>
      </div>
    </AppShell>
  );
}
