import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError, notFound } from '../errors';
import { resolveClinician } from './resolve-clinician';

const { availabilityExceptions } = schema;
const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 08:30.');

export const addExceptionInput = z
  .object({
    clinicianId: z.uuid().optional(),
    kind: z.enum(['time_off', 'extra_hours']),
    date: z.iso.date('Give the date as YYYY-MM-DD.'),
    startTime: wallTime.optional(),
    endTime: wallTime.optional(),
    locationId: z.uuid().optional(),
    note: z.string().trim().max(200, 'Keep the note under 200 characters.').optional(),
  })
  .strict()
  .refine((v) => (v.startTime === undefined) === (v.endTime === undefined), {
    message: 'Give both a start and an end, or neither for the whole day.',
    path: ['endTime'],
  })
  .refine((v) => !v.startTime || !v.endTime || v.startTime < v.endTime, {
    message: 'The end must be after the start.',
    path: ['endTime'],
  })
  .refine((v) => v.kind === 'time_off' || (v.locationId && v.startTime), {
    message: 'Extra hours need a location, a start and an end.',
    path: ['locationId'],
  });
export type AddExceptionInput = z.infer<typeof addExceptionInput>;

/** Time off (whole day, or part of it) or extra hours at one location on one date. */
export async function addException(
  ctx: AuthedContext,
  input: AddExceptionInput,
): Promise<{ id: string }> {
  const org = ctx.viewer.organizationId;
  const clinician = await resolveClinician(ctx, input.clinicianId);
  if (input.locationId && !clinician.locationIds.includes(input.locationId)) {
    throw new DomainError('BAD_REQUEST', `${clinician.name} does not work at that location.`);
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(availabilityExceptions)
      .values({
        organizationId: org,
        clinicianId: clinician.id,
        kind: input.kind,
        date: input.date,
        startTime: input.startTime ?? null,
        endTime: input.endTime ?? null,
        locationId: input.locationId ?? null,
        note: input.note ?? null,
      })
      .returning({ id: availabilityExceptions.id });
    if (!row) throw new Error('exception insert returned no row');
    await emitAudit(tx, ctx.viewer, {
      action: `availability.${input.kind}.add`,
      entityType: 'availability_exception',
      entityId: row.id,
      detail: { date: input.date },
    });
    return row;
  });
}

export const removeExceptionInput = z
  .object({ clinicianId: z.uuid().optional(), exceptionId: z.uuid() })
  .strict();

export async function removeException(
  ctx: AuthedContext,
  input: z.infer<typeof removeExceptionInput>,
): Promise<void> {
  const org = ctx.viewer.organizationId;
  const clinician = await resolveClinician(ctx, input.clinicianId);
  await ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(availabilityExceptions)
      .where(
        and(
          eq(availabilityExceptions.organizationId, org),
          eq(availabilityExceptions.clinicianId, clinician.id),
          eq(availabilityExceptions.id, input.exceptionId),
        ),
      )
      .returning({ id: availabilityExceptions.id });
    if (gone.length === 0) throw notFound('That time off');
    await emitAudit(tx, ctx.viewer, {
      action: 'availability.exception.remove',
      entityType: 'availability_exception',
      entityId: input.exceptionId,
    });
  });
}
