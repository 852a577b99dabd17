import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import type { AppointmentSummary } from './appointment-summary';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { enqueueAppointmentEmails } from '../jobs/enqueue-appointment-emails';
import { loadAppointmentSummary } from './appointment-summary';
import { findAppointment } from './find-appointment';

const { appointmentAllocations, appointments } = schema;

export const appointmentIdInput = z
  .object({ appointmentId: z.uuid('That is not an appointment id.') })
  .strict();
export type AppointmentIdInput = z.infer<typeof appointmentIdInput>;

/**
 * Turns a patient's hold into a booking. Confirming twice is harmless. A hold that lapsed still
 * confirms if nobody has taken its time since; otherwise the patient is asked to choose again.
 */
export async function confirmAppointment(
  ctx: AuthedContext,
  input: AppointmentIdInput,
): Promise<AppointmentSummary> {
  const org = ctx.viewer.organizationId;
  await ctx.db.transaction(async (tx) => {
    const appt = await findAppointment(ctx, tx, input.appointmentId, true);
    if (appt.status === 'booked') return;
    const stillOurs = await tx
      .select({ active: appointmentAllocations.active })
      .from(appointmentAllocations)
      .where(
        and(
          eq(appointmentAllocations.organizationId, org),
          eq(appointmentAllocations.appointmentId, appt.id),
        ),
      );
    if (appt.status !== 'held' || stillOurs.some((a) => !a.active)) {
      throw new DomainError(
        'CONFLICT',
        'Your hold on this time ran out and it is no longer free. Please choose another time.',
      );
    }
    await tx
      .update(appointments)
      .set({ status: 'booked', holdExpiresAt: null })
      .where(and(eq(appointments.organizationId, org), eq(appointments.id, appt.id)));
    await enqueueAppointmentEmails(ctx, tx, appt);
    await emitAudit(tx, ctx.viewer, {
      action: 'appointment.confirm',
      entityType: 'appointment',
      entityId: appt.id,
      patientId: appt.patientId,
      locationId: appt.locationId,
    });
  });
  const summary = await loadAppointmentSummary(ctx.db, org, input.appointmentId);
  if (!summary) throw new Error('confirmed appointment vanished');
  return summary;
}
