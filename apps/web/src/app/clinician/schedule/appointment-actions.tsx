import { ActionForm } from '~/components/action-form';
import { ConfirmSubmit } from '~/components/confirm-submit';

import type { AppointmentSummary } from '@stride/api';

import { setStatusAction } from './actions';

const button =
  'rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-100';

/** The front desk's buttons for one appointment, offered only where the status allows them. */
export function AppointmentActions({ appt, now }: { appt: AppointmentSummary; now: Date }) {
  const started = appt.startsAt <= now;
  const actions: { status: string; label: string }[] = [];
  if (appt.status === 'booked') actions.push({ status: 'checked_in', label: 'Check in' });
  if (appt.status === 'checked_in') actions.push({ status: 'completed', label: 'Complete' });
  if (appt.status === 'booked' && started) actions.push({ status: 'no_show', label: 'No-show' });
  const cancellable = appt.status === 'booked' || appt.status === 'held';
  if (actions.length === 0 && !cancellable) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {actions.map((a) => (
        <ActionForm key={a.status} action={setStatusAction}>
          <input type="hidden" name="appointmentId" value={appt.id} />
          <button
            type="submit"
            name="status"
            value={a.status}
            className={button}
            data-testid={`appt-${a.status}`}
          >
            {a.label}
          </button>
        </ActionForm>
      ))}
      {cancellable ? (
        <ActionForm action={setStatusAction} className="text-xs">
          <input type="hidden" name="appointmentId" value={appt.id} />
          <input type="hidden" name="status" value="cancelled" />
          <ConfirmSubmit label="Cancel" confirmLabel="Yes, cancel" testId="appt-cancel" />
        </ActionForm>
      ) : null}
    </div>
  );
}
