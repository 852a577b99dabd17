import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Appointment types' };

const kindLabel = { exam_room: 'exam room', gait_lab: 'gait lab' } as const;

export default async function AppointmentTypesPage({
  searchParams,
}: {
  searchParams: Promise<{ created?: string }>;
}) {
  const viewer = await requireRole(['admin'], '/admin/appointment-types');
  const { created } = await searchParams;
  const types = await orPage((await getApi()).adminAppointmentTypes.list());
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">Appointment types</h1>
          <p className="text-sm text-slate-600">
            What patients and staff can book, at every location.
          </p>
        </div>
        <Link
          href="/admin/appointment-types/new"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          data-testid="new-type"
        >
          New appointment type
        </Link>
      </div>
      {created ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          data-testid="type-created"
        >
          Created. If it is active and bookable online, patients can book it now wherever a
          clinician has hours and the rooms it needs are free.
        </p>
      ) : null}
      <ul className="mt-6 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
        {types.map((t) => (
          <li
            key={t.id}
            className="flex flex-wrap items-center justify-between gap-2 p-4"
            data-testid="type-row"
          >
            <div>
              <Link
                href={`/admin/appointment-types/${t.id}`}
                className="font-medium text-brand-800 underline"
              >
                {t.name}
              </Link>
              <p className="text-sm text-slate-600">
                {t.durationMinutes} min
                {t.bufferBeforeMinutes ? ` · ${t.bufferBeforeMinutes} min before` : ''}
                {t.bufferAfterMinutes ? ` · ${t.bufferAfterMinutes} min after` : ''} ·{' '}
                {t.resourceKinds.length
                  ? t.resourceKinds.map((k) => kindLabel[k]).join(' + ')
                  : 'no room'}
              </p>
            </div>
            <p className="text-sm text-slate-700">
              {t.active ? (t.bookableOnline ? 'Bookable online' : 'Staff book only') : 'Inactive'}
            </p>
          </li>
        ))}
      </ul>
    </AppShell>
  );
}
