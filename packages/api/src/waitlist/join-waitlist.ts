import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError, notFound } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';

const { appointmentTypes, locations, waitlistEntries } = schema;

export const joinWaitlistInput = z
  .object({
    locationId: z.uuid('Choose a location.'),
    appointmentTypeId: z.uuid('Choose an appointment type.'),
    fromDate: z.iso.date('Give the first date as YYYY-MM-DD.'),
    toDate: z.iso.date('Give the last date as YYYY-MM-DD.'),
  })
  .strict()
  .refine((v) => v.fromDate <= v.toDate, {
    message: 'The last date must not be before the first.',
    path: ['toDate'],
  });
export type JoinWaitlistInput = z.infer<typeof joinWaitlistInput>;

/** The patient waits for a slot of this type at this location between the two local dates. */
export async function joinWaitlist(
  ctx: AuthedContext,
  input: JoinWaitlistInput,
): Promise<{ id: string }> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, undefined);
  return ctx.db.transaction(async (tx) => {
    const [type] = await tx
      .select({ online: appointmentTypes.bookableOnline })
      .from(appointmentTypes)
      .innerJoin(
        locations,
        and(
          eq(locations.organizationId, appointmentTypes.organizationId),
          eq(locations.id, input.locationId),
        ),
      )
      .where(
        and(
          eq(appointmentTypes.organizationId, org),
          eq(appointmentTypes.id, input.appointmentTypeId),
        ),
      );
    if (!type) throw notFound('That location or appointment type');
    if (!type.online)
      throw new DomainError(
        'BAD_REQUEST',
        'This appointment type is booked by the clinic. Please call.',
      );
    const [row] = await tx
      .insert(waitlistEntries)
      .values({ organizationId: org, patientId, ...input })
      .returning({ id: waitlistEntries.id });
    if (!row) throw new Error('waitlist insert returned no row');
    await emitAudit(tx, ctx.viewer, {
      action: 'waitlist.join',
      entityType: 'waitlist_entry',
      entityId: row.id,
      patientId,
      locationId: input.locationId,
    });
    return row;
  });
}
