import { randomUUID } from 'node:crypto';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { pickSlotAction } from '~/components/booking/pick-slot-action';
import { formatInZone, zoneLabel } from '~/components/format';
import { getApi, orPage } from '~/server/api';
import Link from 'next/link';

import type { AppointmentSummary } from '@stride/api';
import type { Viewer } from '@stride/auth';
import { addDays, localDateOf } from '@stride/scheduling';

import { ChoiceList, StepHeading } from './steps';
import { WaitlistForm } from './waitlist-form';

export type BookingParams = {
  location?: string;
  type?: string;
  clinician?: string;
  week?: string;
  reschedule?: string;
  patient?: string;
};

const dayLabel = (date: string): string => formatInZone(`${date}T12:00:00Z`, 'UTC', 'date');

/**
 * Location → appointment type → clinician or "any" → a week of slots in the location's zone.
 * Each step lives in the URL, so back, reload and shared links all work without script.
 */
export async function BookingFlow({
  viewer,
  sp,
  basePath,
  nav,
  patient,
  moving,
}: {
  viewer: Viewer;
  sp: BookingParams;
  basePath: string;
  nav: { href: string; label: string }[];
  /** Staff booking on a patient's behalf. */
  patient?: { id: string; name: string } | undefined;
  moving?: AppointmentSummary | undefined;
}) {
  const api = await getApi();
  const options = await orPage(api.scheduling.options());
  const location = options.locations.find((l) => l.id === (moving?.location.id ?? sp.location));
  const type = options.appointmentTypes.find((t) => t.id === (moving?.type.id ?? sp.type));
  const clinicians = location
    ? options.clinicians.filter((c) => c.locationIds.includes(location.id))
    : [];
  const clinician = clinicians.find((c) => c.id === sp.clinician);
  const href = (p: BookingParams): string => {
    const q = new URLSearchParams(
      Object.entries({ ...sp, ...p }).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
      ),
    );
    return `${basePath}?${q.toString()}`;
  };

  const today = location ? localDateOf(Date.now(), location.timeZone) : undefined;
  const week =
    sp.week && today && /^\d{4}-\d{2}-\d{2}$/.test(sp.week) && sp.week >= today ? sp.week : today;
  const slots =
    location && type && week
      ? await orPage(
          api.scheduling.weekSlots({
            locationId: location.id,
            appointmentTypeId: type.id,
            clinicianId: clinician?.id,
            weekStart: week,
          }),
        )
      : undefined;

  return (
    <AppShell viewer={viewer} nav={nav}>
      <h1 className="text-2xl font-semibold">
        {moving
          ? 'Move the appointment'
          : patient
            ? `Book for ${patient.name}`
            : 'Book an appointment'}
      </h1>
      {moving ? (
        <p className="mt-1 text-slate-600" data-testid="rescheduling">
          Currently {formatInZone(moving.startsAt, moving.location.timeZone)} with{' '}
          {moving.clinician.name}. Choose a new time.
        </p>
      ) : null}
      <ol className="mt-6 space-y-6">
        <li>
          <StepHeading
            n={1}
            title="Location"
            chosen={location?.name}
            change={moving ? undefined : href({ location: '', type: '', clinician: '', week: '' })}
          />
          {!location ? (
            <ChoiceList
              testId="choose-location"
              items={options.locations.map((l) => ({
                href: href({ location: l.id }),
                label: l.name,
                hint: l.address,
              }))}
            />
          ) : null}
        </li>
        {location ? (
          <li>
            <StepHeading
              n={2}
              title="Appointment"
              chosen={type ? `${type.name} (${type.durationMinutes} min)` : undefined}
              change={moving ? undefined : href({ type: '', week: '' })}
            />
            {!type ? (
              <ChoiceList
                testId="choose-type"
                items={options.appointmentTypes.map((t) => ({
                  href: href({ type: t.id }),
                  label: t.name,
                  hint: `${t.durationMinutes} minutes`,
                }))}
              />
            ) : null}
          </li>
        ) : null}
        {location && type && slots && week && today ? (
          <li>
            <StepHeading n={3} title="Clinician and time" />
            <nav
              aria-label="Clinician"
              className="mt-2 flex flex-wrap gap-2"
              data-testid="choose-clinician"
            >
              {[{ id: '', name: 'Any clinician' }, ...clinicians].map((c) => {
                const active = (clinician?.id ?? '') === c.id;
                return (
                  <Link
                    key={c.id || 'any'}
                    href={href({ clinician: c.id })}
                    aria-current={active ? 'true' : undefined}
                    className={`rounded-full border px-3 py-1 text-sm ${active ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'}`}
                  >
                    {c.name}
                  </Link>
                );
              })}
            </nav>
            <div className="mt-4 flex flex-wrap items-center justify-between gap-2">
              <p className="text-sm text-slate-700" data-testid="slot-zone">
                Times are in {zoneLabel(location.timeZone)}.
              </p>
              <div className="flex gap-2 text-sm">
                {week > today ? (
                  <Link
                    href={href({ week: addDays(week, -7) < today ? today : addDays(week, -7) })}
                    className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
                  >
                    ← Earlier
                  </Link>
                ) : null}
                <Link
                  href={href({ week: addDays(week, 7) })}
                  className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
                  data-testid="next-week"
                >
                  Later →
                </Link>
              </div>
            </div>
            <ActionForm action={pickSlotAction} className="mt-3" testId="slot-form">
              <input type="hidden" name="location" value={location.id} />
              <input type="hidden" name="type" value={type.id} />
              <input type="hidden" name="clinician" value={clinician?.id ?? ''} />
              <input type="hidden" name="reschedule" value={moving?.id ?? ''} />
              <input type="hidden" name="patient" value={patient?.id ?? ''} />
              <input type="hidden" name="idempotencyKey" value={randomUUID()} />
              <div className="grid gap-3 sm:grid-cols-4 lg:grid-cols-7">
                {slots.days.map((d) => (
                  <section
                    key={d.date}
                    aria-label={dayLabel(d.date)}
                    className="rounded-lg border border-slate-200 bg-white p-2"
                  >
                    <h3 className="text-center text-sm font-semibold">{dayLabel(d.date)}</h3>
                    {d.slots.length === 0 ? (
                      <p className="mt-2 text-center text-xs text-slate-600">No times</p>
                    ) : (
                      <ul className="mt-2 grid grid-cols-3 gap-1 sm:grid-cols-2 lg:grid-cols-1">
                        {d.slots.map((s) => (
                          <li key={s.start}>
                            <button
                              type="submit"
                              name="start"
                              value={s.start}
                              className="w-full rounded border border-brand-600 px-1 py-1 text-sm text-brand-800 hover:bg-brand-50"
                              data-testid="slot"
                              data-start={s.start}
                            >
                              {formatInZone(s.start, location.timeZone, 'time')}
                            </button>
                          </li>
                        ))}
                      </ul>
                    )}
                  </section>
                ))}
              </div>
              {slots.days.every((d) => d.slots.length === 0) ? (
                <p className="mt-3 text-sm text-slate-700" data-testid="no-slots">
                  No free times this week. Try a later week{clinician ? ' or any clinician' : ''}.
                </p>
              ) : null}
            </ActionForm>
            {viewer.role === 'patient' && !moving ? (
              <WaitlistForm locationId={location.id} typeId={type.id} from={week} />
            ) : null}
          </li>
        ) : null}
      </ol>
    </AppShell>
  );
}
