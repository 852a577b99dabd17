import { z } from 'zod';

import { schema } from '@stride/db';
import { addDays } from '@stride/treatment';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { patientToday } from './plan-view';

const { painLogs } = schema;

export const logPainInput = z
  .object({
    pain: z
      .number({ error: 'Choose your pain from 0 to 10.' })
      .int()
      .min(0, 'Pain is 0 to 10.')
      .max(10, 'Pain is 0 to 10.'),
    distanceKm: z
      .number()
      .int('Round the distance to whole kilometres.')
      .min(0)
      .max(300)
      .optional(),
    note: z.string().trim().max(500, 'Keep the note under 500 characters.').optional(),
    day: z.iso.date('Give the day as YYYY-MM-DD.').optional(),
  })
  .strict();
export type LogPainInput = z.infer<typeof logPainInput>;

export const logPainOutput = z.object({ id: z.string(), day: z.string(), pain: z.number() });

/** The patient records pain after a run (NPRS 0–10), for today or the last week. */
export async function logPain(
  ctx: AuthedContext,
  input: LogPainInput,
): Promise<z.infer<typeof logPainOutput>> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, undefined);
  const today = await patientToday(ctx.db, org, patientId, ctx.now());
  const day = input.day ?? today;
  if (day > today || day < addDays(today, -7))
    throw new DomainError('BAD_REQUEST', 'Log pain for today or one of the last 7 days.');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(painLogs)
      .values({
        organizationId: org,
        patientId,
        day,
        pain: input.pain,
        distanceKm: input.distanceKm ?? null,
        note: input.note ?? null,
      })
      .returning({ id: painLogs.id });
    if (!row) throw new Error('pain log insert returned no row');
    await emitAudit(tx, ctx.viewer, {
      action: 'plan.pain_log',
      entityType: 'pain_log',
      entityId: row.id,
      patientId,
      detail: { day, pain: input.pain },
    });
    return { id: row.id, day, pain: input.pain };
  });
}
