import { z } from 'zod';

import { schema } from '@stride/db';
import { addDays, planSchema } from '@stride/treatment';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { findActivePlanRow, patientToday } from './plan-view';

const { exerciseLogs } = schema;

export const tickExerciseInput = z
  .object({
    itemKey: z.string().min(1, 'Choose an exercise.'),
    /** Defaults to the patient's today; up to a week back for catching up. */
    day: z.iso.date('Give the day as YYYY-MM-DD.').optional(),
    done: z.boolean(),
  })
  .strict();
export type TickExerciseInput = z.infer<typeof tickExerciseInput>;

export const tickExerciseOutput = z.object({
  itemKey: z.string(),
  day: z.string(),
  done: z.boolean(),
});

/** The patient marks an exercise of their active plan done (or not) for a day. */
export async function tickExercise(
  ctx: AuthedContext,
  input: TickExerciseInput,
): Promise<z.infer<typeof tickExerciseOutput>> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, undefined);
  const today = await patientToday(ctx.db, org, patientId, ctx.now());
  const day = input.day ?? today;
  if (day > today)
    throw new DomainError('BAD_REQUEST', 'You can only tick exercises for today or earlier.');
  if (day < addDays(today, -7))
    throw new DomainError('BAD_REQUEST', 'You can only catch up on the last 7 days.');
  return ctx.db.transaction(async (tx) => {
    const plan = await findActivePlanRow(tx, org, patientId);
    if (!plan) throw new DomainError('NOT_FOUND', 'You do not have a plan yet.');
    if (!planSchema.parse(plan.content).items.some((i) => i.key === input.itemKey))
      throw new DomainError('BAD_REQUEST', 'That exercise is not in your plan.');
    await tx
      .insert(exerciseLogs)
      .values({
        organizationId: org,
        patientId,
        planId: plan.id,
        itemKey: input.itemKey,
        day,
        done: input.done,
      })
      .onConflictDoUpdate({
        target: [
          exerciseLogs.organizationId,
          exerciseLogs.planId,
          exerciseLogs.itemKey,
          exerciseLogs.day,
        ],
        set: { done: input.done, updatedAt: ctx.now() },
      });
    await emitAudit(tx, ctx.viewer, {
      action: 'plan.tick',
      entityType: 'plan',
      entityId: plan.id,
      patientId,
      detail: { itemKey: input.itemKey, day, done: input.done },
    });
    return { itemKey: input.itemKey, day, done: input.done };
  });
}
