import { and, eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { notFound } from '../errors';
import { inViewerLocations } from '../scope';

const { appointments, locations, patients } = schema;

export type AppointmentRow = typeof appointments.$inferSelect;

/** What the cancellation policy needs of the appointment's location. */
export interface PolicyLocation {
  hours: number;
  name: string;
}

/** The appointment, joined to its patient, as one the viewer may act on. */
function viewerMayActOn(ctx: AuthedContext, appointmentId: string) {
  const { viewer } = ctx;
  return and(
    eq(appointments.organizationId, viewer.organizationId),
    eq(appointments.id, appointmentId),
    viewer.role === 'patient'
      ? eq(patients.userId, viewer.userId)
      : inViewerLocations(viewer, appointments.locationId),
  );
}

const patientOfAppointment = and(
  eq(patients.organizationId, appointments.organizationId),
  eq(patients.id, appointments.patientId),
);

/**
 * One appointment the viewer may act on: a patient's own, or one at a staff member's locations.
 * Anything else is NOT_FOUND. `forUpdate` locks the row against a concurrent change.
 */
export async function findAppointment(
  ctx: AuthedContext,
  db: Database,
  appointmentId: string,
  forUpdate = false,
): Promise<AppointmentRow> {
  const base = db
    .select({ a: appointments })
    .from(appointments)
    .innerJoin(patients, patientOfAppointment)
    .where(viewerMayActOn(ctx, appointmentId));
  const [row] = forUpdate ? await base.for('update', { of: appointments }) : await base;
  if (!row) throw notFound('That appointment');
  return row.a;
}

/**
 * As `findAppointment`, with the location's cancellation policy read in the same statement: a
 * cancel or a reschedule checks it next, and every round trip counts.
 */
export async function findAppointmentWithPolicy(
  ctx: AuthedContext,
  db: Database,
  appointmentId: string,
  forUpdate: boolean,
): Promise<{ appt: AppointmentRow; location: PolicyLocation | undefined }> {
  const base = db
    .select({
      a: appointments,
      location: { hours: locations.cancellationWindowHours, name: locations.name },
    })
    .from(appointments)
    .innerJoin(patients, patientOfAppointment)
    .leftJoin(
      locations,
      and(
        eq(locations.organizationId, appointments.organizationId),
        eq(locations.id, appointments.locationId),
      ),
    )
    .where(viewerMayActOn(ctx, appointmentId));
  const [row] = forUpdate ? await base.for('update', { of: appointments }) : await base;
  if (!row) throw notFound('That appointment');
  return { appt: row.a, location: row.location ?? undefined };
}
