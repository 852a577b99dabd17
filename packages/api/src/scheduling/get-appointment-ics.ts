import { buildIcs } from '@stride/scheduling';

import type { AuthedContext } from '../context';
import type { AppointmentIdInput } from './confirm-appointment';
import { loadAppointmentSummary } from './appointment-summary';
import { findAppointment } from './find-appointment';

/** The appointment as an RFC 5545 calendar file, for the patient's own calendar. */
export async function getAppointmentIcs(
  ctx: AuthedContext,
  input: AppointmentIdInput,
): Promise<{ filename: string; body: string }> {
  const appt = await findAppointment(ctx, ctx.db, input.appointmentId);
  const s = await loadAppointmentSummary(ctx.db, appt.organizationId, appt.id);
  if (!s) throw new Error('appointment vanished');
  const body = buildIcs({
    uid: `${s.id}@stride`,
    start: s.startsAt.getTime(),
    end: s.endsAt.getTime(),
    stamp: ctx.now().getTime(),
    summary: `${s.type.name} with ${s.clinician.name}`,
    description: `${ctx.viewer.organizationName}, ${s.location.name}. To change or cancel, sign in to Stride or call the clinic.`,
    location: `${ctx.viewer.organizationName} ${s.location.name}, ${s.location.address}`,
    status: s.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  });
  return { filename: `stride-${s.startsAt.toISOString().slice(0, 10)}.ics`, body };
}
