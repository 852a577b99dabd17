import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { appointmentSummary, loadAppointmentSummaries } from './appointment-summary';
import { resolvePatientId } from './resolve-patient';

const { appointments } = schema;

export const myAppointmentsOutput = z.object({
  upcoming: z.array(appointmentSummary),
  past: z.array(appointmentSummary),
});
export type MyAppointments = z.infer<typeof myAppointmentsOutput>;

export const patientAppointmentsInput = z
  .object({ patientId: z.uuid('That is not a patient id.') })
  .strict();

/** The patient's own appointments: what is coming (soonest first) and what has been. */
export async function listMyAppointments(ctx: AuthedContext): Promise<MyAppointments> {
  return splitAppointments(ctx, await resolvePatientId(ctx, undefined));
}

/** Staff view of one patient's appointments, for the chart; the patient must be in scope. */
export async function listPatientAppointments(
  ctx: AuthedContext,
  input: z.infer<typeof patientAppointmentsInput>,
): Promise<MyAppointments> {
  const patientId = await resolvePatientId(ctx, input.patientId);
  const result = await splitAppointments(ctx, patientId);
  // Part of opening the chart, so it is in the patient's access log like the chart itself.
  await emitAudit(ctx.db, ctx.viewer, {
    action: 'patient.appointments.read',
    entityType: 'patient',
    entityId: patientId,
    patientId,
  });
  return result;
}

async function splitAppointments(ctx: AuthedContext, patientId: string): Promise<MyAppointments> {
  const rows = await ctx.db
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.organizationId, ctx.viewer.organizationId),
        eq(appointments.patientId, patientId),
      ),
    )
    .orderBy(desc(appointments.startsAt))
    .limit(200);
  const all = await loadAppointmentSummaries(
    ctx.db,
    ctx.viewer.organizationId,
    rows.map((r) => r.id),
  );
  const now = ctx.now().getTime();
  const live = (s: (typeof all)[number]) =>
    s.status === 'booked' ||
    s.status === 'checked_in' ||
    (s.status === 'held' && (s.holdExpiresAt?.getTime() ?? 0) > now);
  return {
    upcoming: all.filter((a) => a.endsAt.getTime() > now && live(a)),
    // Holds the patient never confirmed are not history worth showing.
    past: all
      .filter(
        (a) =>
          !(a.endsAt.getTime() > now && live(a)) &&
          a.status !== 'held' &&
          !a.cancelReason?.startsWith('Hold expired'),
      )
      .reverse(),
  };
}
