import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { notFound } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';

const { appointmentTypes, locations, waitlistEntries } = schema;

export const myWaitlistOutput = z.array(
  z.object({
    id: z.string(),
    location: z.string(),
    type: z.string(),
    fromDate: z.string(),
    toDate: z.string(),
    status: z.string(),
  }),
);

export async function listMyWaitlist(
  ctx: AuthedContext,
): Promise<z.infer<typeof myWaitlistOutput>> {
  const patientId = await resolvePatientId(ctx, undefined);
  const rows = await ctx.db
    .select({ e: waitlistEntries, location: locations.name, type: appointmentTypes.name })
    .from(waitlistEntries)
    .innerJoin(
      locations,
      and(
        eq(locations.organizationId, waitlistEntries.organizationId),
        eq(locations.id, waitlistEntries.locationId),
      ),
    )
    .innerJoin(
      appointmentTypes,
      and(
        eq(appointmentTypes.organizationId, waitlistEntries.organizationId),
        eq(appointmentTypes.id, waitlistEntries.appointmentTypeId),
      ),
    )
    .where(
      and(
        eq(waitlistEntries.organizationId, ctx.viewer.organizationId),
        eq(waitlistEntries.patientId, patientId),
        inArray(waitlistEntries.status, ['waiting', 'offered']),
      ),
    )
    .orderBy(asc(waitlistEntries.createdAt));
  return rows.map((r) => ({
    id: r.e.id,
    location: r.location,
    type: r.type,
    fromDate: r.e.fromDate,
    toDate: r.e.toDate,
    status: r.e.status,
  }));
}

export const leaveWaitlistInput = z.object({ entryId: z.uuid() }).strict();

export async function leaveWaitlist(
  ctx: AuthedContext,
  input: z.infer<typeof leaveWaitlistInput>,
): Promise<void> {
  const patientId = await resolvePatientId(ctx, undefined);
  await ctx.db.transaction(async (tx) => {
    const done = await tx
      .update(waitlistEntries)
      .set({ status: 'withdrawn' })
      .where(
        and(
          eq(waitlistEntries.organizationId, ctx.viewer.organizationId),
          eq(waitlistEntries.id, input.entryId),
          eq(waitlistEntries.patientId, patientId),
        ),
      )
      .returning({ id: waitlistEntries.id });
    if (done.length === 0) throw notFound('That waitlist entry');
    await emitAudit(tx, ctx.viewer, {
      action: 'waitlist.leave',
      entityType: 'waitlist_entry',
      entityId: input.entryId,
      patientId,
    });
  });
}
