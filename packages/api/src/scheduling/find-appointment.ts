import { and, eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { notFound } from '../errors';
import { inViewerLocations } from '../scope';

const { appointments, patients } = schema;

export type AppointmentRow = typeof appointments.$inferSelect;

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
  const { viewer } = ctx;
  const base = db
    .select({ a: appointments })
    .from(appointments)
    .innerJoin(
      patients,
      and(
        eq(patients.organizationId, appointments.organizationId),
        eq(patients.id, appointments.patientId),
      ),
    )
    .where(
      and(
        eq(appointments.organizationId, viewer.organizationId),
        eq(appointments.id, appointmentId),
        viewer.role === 'patient'
          ? eq(patients.userId, viewer.userId)
          : inViewerLocations(viewer, appointments.locationId),
      ),
    );
  const [row] = forUpdate ? await base.for('update', { of: appointments }) : await base;
  if (!row) throw notFound('That appointment');
  return row.a;
}
