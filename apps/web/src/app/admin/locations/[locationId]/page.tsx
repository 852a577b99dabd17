import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { updateLocationAction } from '../actions';
import { CliniciansCard } from '../clinicians-card';
import { LocationForm } from '../location-form';
import { RoomsCard } from '../rooms-card';

export const metadata: Metadata = { title: 'Location' };

export default async function LocationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locationId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { locationId } = await params;
  const viewer = await requireRole(['admin'], `/admin/locations/${locationId}`);
  const { created } = await searchParams;
  const location = await orPage((await getApi()).adminLocations.get({ locationId }));
  const { resources: _r, clinicians: _c, otherClinicians: _o, id: _id, ...values } = location;
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <Link href="/admin" className="text-sm text-brand-700 underline">
        All locations
      </Link>
      <h1 className="mt-2 text-2xl font-semibold" data-testid="location-title">
        {location.name}
      </h1>
      {created ? (
        <p
          role="status"
          className="mt-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          data-testid="location-created"
        >
          {location.name} is set up. Add the clinicians who work here and set their hours, so
          patients can book.
        </p>
      ) : null}
      <div className="mt-6 grid gap-5 lg:grid-cols-5">
        <div className="lg:col-span-3">
          <Card title="Details, hours and booking policy">
            <LocationForm
              action={updateLocationAction}
              values={values}
              locationId={location.id}
              submitLabel="Save location"
            />
          </Card>
        </div>
        <div className="space-y-5 lg:col-span-2">
          <CliniciansCard location={location} />
          <RoomsCard location={location} />
        </div>
      </div>
    </AppShell>
  );
}
