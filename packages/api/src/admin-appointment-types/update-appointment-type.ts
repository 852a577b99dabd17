import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { changedFields } from '../admin-locations/changed-fields';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { appointmentTypeFields } from './appointment-type-input';
import { findAppointmentType, typeNameTaken } from './find-appointment-type';
import { toView } from './list-appointment-types';

const { appointmentTypes } = schema;

export const updateAppointmentTypeInput = appointmentTypeFields
  .extend({ appointmentTypeId: z.uuid('Choose an appointment type.') })
  .strict();
export type UpdateAppointmentTypeInput = z.infer<typeof updateAppointmentTypeInput>;

/**
 * Saves an appointment type. New slots use it at once; appointments already booked keep the
 * times and rooms they were booked with. An inactive type is no longer offered to anyone.
 */
export async function updateAppointmentType(
  ctx: AuthedContext,
  input: UpdateAppointmentTypeInput,
): Promise<void> {
  const org = ctx.viewer.organizationId;
  const { appointmentTypeId, ...fields } = input;
  await ctx.db.transaction(async (tx) => {
    const before = await findAppointmentType(tx, org, appointmentTypeId);
    if (await typeNameTaken(tx, org, fields.name, appointmentTypeId)) {
      throw new DomainError(
        'CONFLICT',
        `There is already an appointment type called ${fields.name}.`,
        'name',
      );
    }
    await tx
      .update(appointmentTypes)
      .set(fields)
      .where(and(eq(appointmentTypes.organizationId, org), eq(appointmentTypes.id, before.id)));
    await emitAudit(tx, ctx.viewer, {
      action: 'appointment_type.update',
      entityType: 'appointment_type',
      entityId: before.id,
      detail: { changes: changedFields(toView(before), fields) },
    });
  });
}
