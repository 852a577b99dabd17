import { and, eq, like } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import type { AppointmentTypeFields } from './appointment-type-input';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { appointmentTypeFields } from './appointment-type-input';
import { typeNameTaken } from './find-appointment-type';

const { appointmentTypes } = schema;

export const createAppointmentTypeInput = appointmentTypeFields;

/** A stable key from the name ('Run review' → 'run_review'), numbered when already in use. */
async function freeKey(db: Database, organizationId: string, name: string): Promise<string> {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
      .slice(0, 40) || 'type';
  const used = new Set(
    (
      await db
        .select({ key: appointmentTypes.key })
        .from(appointmentTypes)
        .where(
          and(
            eq(appointmentTypes.organizationId, organizationId),
            like(appointmentTypes.key, `${base}%`),
          ),
        )
    ).map((r) => r.key),
  );
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}_${n}`;
  return key;
}

/** A new appointment type; when active and bookable online, patients can book it at once. */
export async function createAppointmentType(
  ctx: AuthedContext,
  input: AppointmentTypeFields,
): Promise<{ id: string }> {
  const org = ctx.viewer.organizationId;
  return ctx.db.transaction(async (tx) => {
    if (await typeNameTaken(tx, org, input.name)) {
      throw new DomainError(
        'CONFLICT',
        `There is already an appointment type called ${input.name}.`,
        'name',
      );
    }
    const key = await freeKey(tx, org, input.name);
    const [row] = await tx
      .insert(appointmentTypes)
      .values({ ...input, organizationId: org, key })
      .returning({ id: appointmentTypes.id });
    if (!row) throw new Error('appointment type insert returned no row');
    await emitAudit(tx, ctx.viewer, {
      action: 'appointment_type.create',
      entityType: 'appointment_type',
      entityId: row.id,
      detail: { ...input, key },
    });
    return row;
  });
}
