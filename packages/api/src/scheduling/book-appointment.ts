import { z } from 'zod';

import type { AuthedContext } from '../context';
import type { AppointmentSummary } from './appointment-summary';
import { reserveSlot } from './reserve-slot';
import { resolvePatientId } from './resolve-patient';

export const bookAppointmentInput = z
  .object({
    locationId: z.uuid('Choose a location.'),
    appointmentTypeId: z.uuid('Choose an appointment type.'),
    /** Absent for "any clinician". */
    clinicianId: z.uuid('Choose a clinician or "any clinician".').optional(),
    start: z.iso.datetime({ offset: true, message: 'Choose a time from the list.' }),
    /** Staff only: whom the appointment is for. Patients always book for themselves. */
    patientId: z.uuid('Choose a patient.').optional(),
    /** One per booking attempt, made by the client; retries reuse it. */
    idempotencyKey: z.uuid('The request is missing its idempotency key.'),
  })
  .strict();
export type BookAppointmentInput = z.infer<typeof bookAppointmentInput>;

/**
 * Patients get a short hold to confirm (the slot is theirs meanwhile); staff book outright,
 * usually with the patient on the phone.
 */
export async function bookAppointment(
  ctx: AuthedContext,
  input: BookAppointmentInput,
): Promise<AppointmentSummary> {
  const patientId = await resolvePatientId(ctx, input.patientId);
  return reserveSlot(ctx, {
    ...input,
    patientId,
    status: ctx.viewer.role === 'patient' ? 'held' : 'booked',
  });
}
