import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { formatInZone, zoneLabel } from '~/components/format';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { addDays, localDateOf } from '@stride/scheduling';

import { AppointmentActions } from './appointment-actions';

export const metadata: Metadata = { title: 'Schedule' };

type Params = { location?: string; date?: string; view?: string; who?: string };

const statusStyle: Record<string, string> = {
  held: 'bg-amber-100 text-amber-900',
  booked: 'bg-sky-100 text-sky-900',
  checked_in: 'bg-emerald-100 text-emerald-900',
  completed: 'bg-slate-200 text-slate-800',
  no_show: 'bg-red-100 text-red-900',
  cancelled: 'bg-slate-100 text-slate-600 line-through',
};

export default async function SchedulePage({ searchParams }: { searchParams: Promise<Params> }) {
  const viewer = await requireRole(['clinician', 'front_desk', 'admin'], '/clinician/schedule');
  const sp = await searchParams;
  const api = await getApi();
  const options = await orPage(api.scheduling.options());
  const location = options.locations.find((l) => l.id === sp.location) ?? options.locations[0];
  if (!location) {
    return (
      <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
        <p data-testid="schedule-empty">You do not work at any location yet.</p>
      </AppShell>
    );
  }
  const now = new Date();
  const today = localDateOf(now.getTime(), location.timeZone);
  const date = sp.date && /^\d{4}-\d{2}-\d{2}$/.test(sp.date) ? sp.date : today;
  const week = sp.view === 'week';
  const mineOnly = viewer.role === 'clinician' && sp.who !== 'all';
  const schedule = await orPage(
    api.scheduling.schedule({
      locationId: location.id,
      date,
      days: week ? 7 : 1,
      clinicianId: mineOnly ? viewer.userId : undefined,
    }),
  );
  const href = (p: Params) =>
    `/clinician/schedule?${new URLSearchParams({ location: location.id, date, view: week ? 'week' : 'day', ...(sp.who ? { who: sp.who } : {}), ...p }).toString()}`;
  const step = week ? 7 : 1;
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Schedule</h1>
          <p className="text-sm text-slate-600" data-testid="schedule-zone">
            {location.name} · times in {zoneLabel(location.timeZone)}
          </p>
        </div>
        <nav aria-label="Location" className="flex flex-wrap gap-2 text-sm">
          {options.locations.map((l) => (
            <Link
              key={l.id}
              href={`/clinician/schedule?location=${l.id}`}
              aria-current={l.id === location.id ? 'true' : undefined}
              className={`rounded-full border px-3 py-1 ${l.id === location.id ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white'}`}
            >
              {l.name}
            </Link>
          ))}
        </nav>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-2 text-sm">
        <Link
          href={href({ date: addDays(date, -step) })}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
        >
          ← {week ? 'Previous week' : 'Previous day'}
        </Link>
        <Link
          href={href({ date: today })}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
        >
          Today
        </Link>
        <Link
          href={href({ date: addDays(date, step) })}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
        >
          {week ? 'Next week' : 'Next day'} →
        </Link>
        <span className="mx-2 text-slate-400" aria-hidden="true">
          |
        </span>
        <Link
          href={href({ view: 'day' })}
          aria-current={!week ? 'true' : undefined}
          className={!week ? 'font-semibold underline' : 'underline'}
        >
          Day
        </Link>
        <Link
          href={href({ view: 'week' })}
          aria-current={week ? 'true' : undefined}
          className={week ? 'font-semibold underline' : 'underline'}
        >
          Week
        </Link>
        {viewer.role === 'clinician' ? (
          <Link
            href={href({ who: mineOnly ? 'all' : 'mine' })}
            className="ml-auto underline"
            data-testid="schedule-who"
          >
            {mineOnly ? 'Show all clinicians' : 'Show only mine'}
          </Link>
        ) : null}
      </div>
      <div className={`mt-4 grid gap-4 ${week ? 'lg:grid-cols-7' : ''}`} data-testid="schedule">
        {schedule.dates.map((d) => {
          const items = schedule.appointments.filter((a) => a.localDate === d);
          return (
            <section
              key={d}
              className="rounded-xl border border-slate-200 bg-white p-3"
              aria-label={formatInZone(`${d}T12:00:00Z`, 'UTC', 'date')}
            >
              <h2 className="font-semibold">{formatInZone(`${d}T12:00:00Z`, 'UTC', 'date')}</h2>
              {items.length === 0 ? (
                <p className="mt-2 text-sm text-slate-600">No appointments.</p>
              ) : (
                <ul className="mt-2 space-y-2">
                  {items.map((a) => (
                    <li
                      key={a.id}
                      className="rounded-lg border border-slate-100 p-2 text-sm"
                      data-testid="schedule-appointment"
                    >
                      <p className="font-medium">
                        {formatInZone(a.startsAt, location.timeZone, 'time')}–
                        {formatInZone(a.endsAt, location.timeZone, 'time')}{' '}
                        <span
                          className={`ml-1 rounded px-1.5 py-0.5 text-xs ${statusStyle[a.status] ?? ''}`}
                        >
                          {a.status.replace('_', ' ')}
                        </span>
                      </p>
                      <p>
                        {viewer.role === 'admin' ? (
                          a.patient.name
                        ) : (
                          <Link
                            href={`/clinician/patients/${a.patient.id}`}
                            className="text-brand-800 underline"
                          >
                            {a.patient.name}
                          </Link>
                        )}
                      </p>
                      <p className="text-slate-600">
                        {a.type.name} · {a.clinician.name}
                      </p>
                      <div className="mt-1">
                        <AppointmentActions appt={a} now={now} />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </AppShell>
  );
}
