import { and, eq, sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import { notFound } from '../errors';

const { appointmentTypes } = schema;

/** An appointment type of the organisation; another organisation's is NOT_FOUND. */
export async function findAppointmentType(db: Database, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(appointmentTypes)
    .where(and(eq(appointmentTypes.organizationId, organizationId), eq(appointmentTypes.id, id)));
  if (!row) throw notFound('That appointment type');
  return row;
}

/** Patients choose types by name, so two may not share one, whatever the letter case. */
export async function typeNameTaken(
  db: Database,
  organizationId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: appointmentTypes.id })
    .from(appointmentTypes)
    .where(
      and(
        eq(appointmentTypes.organizationId, organizationId),
        sql`lower(${appointmentTypes.name}) = lower(${name})`,
      ),
    );
  return rows.some((r) => r.id !== exceptId);
}
