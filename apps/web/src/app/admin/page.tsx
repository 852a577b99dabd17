import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Locations' };

const roleLabel = {
  admin: 'Admin',
  clinician: 'Clinician',
  front_desk: 'Front desk',
  patient: 'Patient',
} as const;

export default async function AdminHome() {
  const viewer = await requireRole(['admin'], '/admin');
  const overview = await orPage((await getApi()).admin.listLocations());
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">Locations</h1>
          <p className="text-sm text-slate-600">
            {overview.organizationName}: {overview.locations.length} locations
          </p>
        </div>
        <Link
          href="/admin/locations/new"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          data-testid="new-location"
        >
          Add location
        </Link>
      </div>
      {overview.locations.length === 0 ? (
        <p
          className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600"
          data-testid="locations-empty"
        >
          This organisation has no locations yet.
        </p>
      ) : (
        <ul className="mt-6 grid gap-5 lg:grid-cols-3" data-testid="location-list">
          {overview.locations.map((l) => (
            <li
              key={l.id}
              className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
              data-testid="location-card"
            >
              <h2 className="text-lg font-semibold">
                <Link
                  href={`/admin/locations/${l.id}`}
                  className="text-brand-800 underline"
                  data-testid="edit-location"
                >
                  {l.name}
                </Link>
              </h2>
              <p className="text-sm text-slate-600">
                {l.addressLine1}, {l.city}, {l.region} {l.postalCode}
              </p>
              <p className="mt-1 text-xs text-slate-600">Time zone: {l.timeZone}</p>
              <h3 className="mt-4 text-sm font-semibold text-slate-700">Rooms</h3>
              <ul className="mt-1 space-y-1 text-sm">
                {l.rooms.map((r) => (
                  <li key={r.id} className="flex justify-between">
                    <span>{r.name}</span>
                    <span className="text-slate-600">
                      {r.kind === 'gait_lab' ? 'Gait lab (treadmill)' : 'Exam room'}
                    </span>
                  </li>
                ))}
              </ul>
              <h3 className="mt-4 text-sm font-semibold text-slate-700">Staff</h3>
              {l.staff.length === 0 ? (
                <p className="text-sm text-slate-600">Nobody works here yet.</p>
              ) : (
                <ul className="mt-1 space-y-1 text-sm" data-testid="location-staff">
                  {l.staff.map((s) => (
                    <li key={s.userId} className="flex justify-between gap-2">
                      <span>{s.name}</span>
                      <span className="text-slate-600">{roleLabel[s.role]}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <section className="mt-8">
        <h2 className="text-lg font-semibold">Organisation-wide</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {overview.organizationWideStaff.map((s) => (
            <li key={s.userId}>
              {s.name} · {roleLabel[s.role]} · {s.email}
            </li>
          ))}
        </ul>
      </section>
    </AppShell>
  );
}
