import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import type { AppointmentTypeView } from './appointment-type-input';
import { appointmentTypeView } from './appointment-type-input';

const { appointmentTypes } = schema;

export const appointmentTypeList = z.array(appointmentTypeView);

/** Every appointment type of the organisation, inactive ones included, for the admin. */
export async function listAppointmentTypes(ctx: AuthedContext): Promise<AppointmentTypeView[]> {
  const rows = await ctx.db
    .select()
    .from(appointmentTypes)
    .where(eq(appointmentTypes.organizationId, ctx.viewer.organizationId))
    .orderBy(asc(appointmentTypes.name));
  return rows.map(toView);
}

export function toView(row: typeof appointmentTypes.$inferSelect): AppointmentTypeView {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    durationMinutes: row.durationMinutes,
    bufferBeforeMinutes: row.bufferBeforeMinutes,
    bufferAfterMinutes: row.bufferAfterMinutes,
    resourceKinds: [...row.resourceKinds],
    bookableOnline: row.bookableOnline,
    active: row.active,
  };
}
