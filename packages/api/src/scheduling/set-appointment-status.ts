import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { AppointmentStatus } from '@stride/db';
import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import type { AppointmentSummary } from './appointment-summary';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { loadAppointmentSummary } from './appointment-summary';
import { findAppointment } from './find-appointment';

const { appointments } = schema;

export const setAppointmentStatusInput = z
  .object({
    appointmentId: z.uuid('That is not an appointment id.'),
    status: z.enum(['checked_in', 'completed', 'no_show']),
  })
  .strict();
export type SetAppointmentStatusInput = z.infer<typeof setAppointmentStatusInput>;

/** The front desk's day: which status may follow which. */
const allowedFrom: Record<SetAppointmentStatusInput['status'], readonly AppointmentStatus[]> = {
  checked_in: ['booked'],
  completed: ['checked_in', 'booked'],
  no_show: ['booked'],
};

const label: Record<SetAppointmentStatusInput['status'], string> = {
  checked_in: 'checked in',
  completed: 'completed',
  no_show: 'marked as a no-show',
};

export async function setAppointmentStatus(
  ctx: AuthedContext,
  input: SetAppointmentStatusInput,
): Promise<AppointmentSummary> {
  const org = ctx.viewer.organizationId;
  await ctx.db.transaction(async (tx) => {
    const appt = await findAppointment(ctx, tx, input.appointmentId, true);
    if (appt.status === input.status) return;
    if (!allowedFrom[input.status].includes(appt.status)) {
      throw new DomainError(
        'BAD_REQUEST',
        `A ${appt.status.replace('_', ' ')} appointment cannot be ${label[input.status]}.`,
      );
    }
    if (input.status === 'no_show' && appt.startsAt > ctx.now()) {
      throw new DomainError(
        'BAD_REQUEST',
        'An appointment can be marked as a no-show only after it was due to start.',
      );
    }
    await tx
      .update(appointments)
      .set({ status: input.status })
      .where(and(eq(appointments.organizationId, org), eq(appointments.id, appt.id)));
    await emitAudit(tx, ctx.viewer, {
      action: `appointment.${input.status}`,
      entityType: 'appointment',
      entityId: appt.id,
      patientId: appt.patientId,
      locationId: appt.locationId,
    });
  });
  const summary = await loadAppointmentSummary(ctx.db, org, input.appointmentId);
  if (!summary) throw new Error('appointment vanished');
  return summary;
}
