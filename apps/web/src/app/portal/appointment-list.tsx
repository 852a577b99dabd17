import { ActionForm } from '~/components/action-form';
import { ConfirmSubmit } from '~/components/confirm-submit';
import { formatInZone } from '~/components/format';
import Link from 'next/link';

import type { AppointmentSummary } from '@stride/api';

import { cancelAction } from './actions';

const statusLabel: Record<AppointmentSummary['status'], string> = {
  held: 'Not yet confirmed',
  booked: 'Booked',
  checked_in: 'Checked in',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'Missed',
};

/** Upcoming appointments with what the patient may do with each, given the cancellation window. */
export function UpcomingAppointments({ items, now }: { items: AppointmentSummary[]; now: Date }) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="upcoming-list">
      {items.map((a) => {
        const changeable =
          a.startsAt.getTime() - now.getTime() > a.location.cancellationWindowHours * 3_600_000;
        return (
          <li key={a.id} className="py-3" data-testid="upcoming-appointment">
            <p className="font-medium">{formatInZone(a.startsAt, a.location.timeZone)}</p>
            <p className="text-sm text-slate-700">
              {a.type.name} with {a.clinician.name} · {a.location.name} · {statusLabel[a.status]}
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
              {a.status === 'held' ? (
                <Link
                  href={`/portal/appointments/${a.id}/confirm`}
                  className="font-medium text-brand-700 underline"
                >
                  Confirm
                </Link>
              ) : (
                <a
                  href={`/portal/appointments/${a.id}/ics`}
                  className="font-medium text-brand-700 underline"
                  data-testid="download-ics"
                  download
                >
                  Add to calendar (.ics)
                </a>
              )}
              {changeable ? (
                <>
                  <Link
                    href={`/portal/book?reschedule=${a.id}`}
                    className="font-medium text-brand-700 underline"
                    data-testid="reschedule"
                  >
                    Move
                  </Link>
                  <ActionForm action={cancelAction}>
                    <input type="hidden" name="appointmentId" value={a.id} />
                    <ConfirmSubmit
                      label="Cancel"
                      confirmLabel="Yes, cancel it"
                      testId="cancel-appointment"
                    />
                  </ActionForm>
                </>
              ) : (
                <span className="text-slate-600" data-testid="call-to-change">
                  Within {a.location.cancellationWindowHours} hours of the start, please call the
                  clinic to change it.
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export function PastAppointments({ items }: { items: AppointmentSummary[] }) {
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="past-list">
      {items.map((a) => (
        <li key={a.id} className="flex flex-wrap justify-between gap-2 py-2">
          <span>
            {formatInZone(a.startsAt, a.location.timeZone)} · {a.type.name}
          </span>
          <span className="text-slate-600">{statusLabel[a.status]}</span>
        </li>
      ))}
    </ul>
  );
}
