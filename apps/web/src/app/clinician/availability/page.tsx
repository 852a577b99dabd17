import type { Metadata } from 'next';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { formatDate } from '~/components/format';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { addTimeOffAction, removeTimeOffAction, saveWeeklyHoursAction } from './actions';

export const metadata: Metadata = { title: 'Working hours' };

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const input = 'rounded-md border border-slate-300 bg-white px-2 py-1.5';

export default async function AvailabilityPage({
  searchParams,
}: {
  searchParams: Promise<{ clinician?: string }>;
}) {
  const viewer = await requireRole(['clinician', 'admin'], '/clinician/availability');
  const { clinician } = await searchParams;
  const data = await orPage(
    (await getApi()).availability.get({
      clinicianId: viewer.role === 'admin' ? clinician : undefined,
    }),
  );
  const hidden =
    viewer.role === 'admin' ? (
      <input type="hidden" name="clinicianId" value={data.clinician.id} />
    ) : null;
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <h1 className="text-2xl font-semibold">
        Working hours{viewer.role === 'admin' ? `: ${data.clinician.name}` : ''}
      </h1>
      <p className="text-sm text-slate-600">
        Wall-clock hours at each location, in that location&apos;s time zone. Leave a day empty for
        a day off.
      </p>
      {viewer.role === 'admin' ? (
        <nav aria-label="Clinician" className="mt-3 flex flex-wrap gap-2 text-sm">
          {data.clinicians.map((c) => (
            <Link
              key={c.id}
              href={`/clinician/availability?clinician=${c.id}`}
              aria-current={c.id === data.clinician.id ? 'true' : undefined}
              className={`rounded-full border px-3 py-1 ${c.id === data.clinician.id ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white'}`}
            >
              {c.name}
            </Link>
          ))}
        </nav>
      ) : null}
      <div className="mt-6 grid gap-5 lg:grid-cols-2">
        {data.locations.length === 0 ? (
          <p>No locations yet: an admin adds the locations you work at.</p>
        ) : null}
        {data.locations.map((loc) => (
          <Card key={loc.id} title={`${loc.name} (${loc.timeZone})`} testId="hours-card">
            <ActionForm action={saveWeeklyHoursAction} testId={`hours-form-${loc.name}`}>
              {hidden}
              <input type="hidden" name="locationId" value={loc.id} />
              <table className="w-full text-sm">
                <thead>
                  <tr className="text-left text-slate-600">
                    <th className="py-1 font-medium">Day</th>
                    <th className="py-1 font-medium">Start</th>
                    <th className="py-1 font-medium">End</th>
                  </tr>
                </thead>
                <tbody>
                  {DAYS.flatMap((day, index) => {
                    const weekday = index + 1;
                    const windows = loc.windows.filter((w) => w.weekday === weekday);
                    return (windows.length ? windows : [{ start: '', end: '' }]).map((w, n) => (
                      <tr key={`${weekday}-${n}`}>
                        <th scope="row" className="py-1 pr-2 text-left font-normal">
                          {n === 0 ? day : ''}
                        </th>
                        <td className="py-1 pr-2">
                          <input
                            type="time"
                            name={`start-${weekday}-${n}`}
                            defaultValue={w.start}
                            aria-label={`${day} start`}
                            className={input}
                            data-testid={`start-${weekday}`}
                          />
                        </td>
                        <td className="py-1">
                          <input
                            type="time"
                            name={`end-${weekday}-${n}`}
                            defaultValue={w.end}
                            aria-label={`${day} end`}
                            className={input}
                            data-testid={`end-${weekday}`}
                          />
                        </td>
                      </tr>
                    ));
                  })}
                </tbody>
              </table>
              <button
                type="submit"
                className="mt-3 rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
                data-testid="save-hours"
              >
                Save hours at {loc.name}
              </button>
            </ActionForm>
          </Card>
        ))}
        <Card title="Time off" testId="time-off-card">
          {data.exceptions.length === 0 ? (
            <p className="text-sm text-slate-600">No time off booked.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {data.exceptions.map((e) => (
                <li
                  key={e.id}
                  className="flex items-center justify-between gap-2 py-2"
                  data-testid="time-off"
                >
                  <span>
                    {formatDate(e.date)} · {e.kind === 'time_off' ? 'Time off' : 'Extra hours'}{' '}
                    {e.startTime ? `${e.startTime}–${e.endTime}` : '(all day)'}
                    {e.note ? ` · ${e.note}` : ''}
                  </span>
                  <ActionForm action={removeTimeOffAction}>
                    {hidden}
                    <input type="hidden" name="exceptionId" value={e.id} />
                    <button type="submit" className="text-brand-700 underline">
                      Remove
                    </button>
                  </ActionForm>
                </li>
              ))}
            </ul>
          )}
          <ActionForm
            action={addTimeOffAction}
            className="mt-4 space-y-2 text-sm"
            testId="time-off-form"
          >
            {hidden}
            <div className="flex flex-wrap gap-3">
              <label>
                <span className="block font-medium text-slate-700">Date</span>
                <input
                  type="date"
                  name="date"
                  required
                  className={input}
                  data-testid="time-off-date"
                />
              </label>
              <label>
                <span className="block font-medium text-slate-700">From (optional)</span>
                <input type="time" name="startTime" className={input} />
              </label>
              <label>
                <span className="block font-medium text-slate-700">To (optional)</span>
                <input type="time" name="endTime" className={input} />
              </label>
            </div>
            <label className="block">
              <span className="block font-medium text-slate-700">Note</span>
              <input
                type="text"
                name="note"
                maxLength={200}
                placeholder="e.g. Conference"
                className={`${input} w-full`}
              />
            </label>
            <button
              type="submit"
              className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
              data-testid="add-time-off"
            >
              Add time off
            </button>
          </ActionForm>
        </Card>
      </div>
    </AppShell>
  );
}
