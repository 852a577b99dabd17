import { z } from 'zod';

import type { AuthedContext } from '../context';
import type { AppointmentSummary } from './appointment-summary';
import { assertPolicyAllows } from './cancel-appointment';
import { findAppointmentWithPolicy } from './find-appointment';
import { replay, reserveSlot } from './reserve-slot';

export const rescheduleAppointmentInput = z
  .object({
    appointmentId: z.uuid('That is not an appointment id.'),
    start: z.iso.datetime({ offset: true, message: 'Choose a time from the list.' }),
    clinicianId: z.uuid('Choose a clinician or "any clinician".').optional(),
    idempotencyKey: z.uuid('The request is missing its idempotency key.'),
  })
  .strict();
export type RescheduleAppointmentInput = z.infer<typeof rescheduleAppointmentInput>;

/** Moves an appointment: the new one is booked and the old one cancelled in one transaction. */
export async function rescheduleAppointment(
  ctx: AuthedContext,
  input: RescheduleAppointmentInput,
): Promise<AppointmentSummary> {
  const { appt, location } = await findAppointmentWithPolicy(
    ctx,
    ctx.db,
    input.appointmentId,
    false,
  );
  // A retried request returns what the first one did, even though the old one is now cancelled.
  const first = await replay(ctx.db, appt.organizationId, input.idempotencyKey, appt.patientId);
  if (first) return first;
  assertPolicyAllows(ctx, appt, 'reschedule', location);
  return reserveSlot(ctx, {
    locationId: appt.locationId,
    appointmentTypeId: appt.appointmentTypeId,
    clinicianId: input.clinicianId,
    start: input.start,
    idempotencyKey: input.idempotencyKey,
    patientId: appt.patientId,
    status: 'booked',
    replaces: appt.id,
  });
}
