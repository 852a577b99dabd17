import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Database } from '@stride/db';
import type { IntakeData } from '@stride/exam-schema';
import { schema } from '@stride/db';
import { intakeSchema } from '@stride/exam-schema';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { intakeColumns, intakeStatusSchema, patientFullName } from './intake-record';

const { intakes } = schema;

export const saveIntakeDraftInput = z.strictObject({ data: intakeSchema });
export type SaveIntakeDraftInput = z.infer<typeof saveIntakeDraftInput>;

export const savedIntakeOutput = z.object({
  id: z.string(),
  version: z.number().int(),
  status: intakeStatusSchema,
  savedAt: z.date(),
});
export type SavedIntakeOutput = z.infer<typeof savedIntakeOutput>;

/**
 * Writes `data` into the patient's open draft, or starts the next version's draft when there is
 * none (first visit, or the last version was submitted and is frozen). Runs inside `tx` with the
 * patient row locked by the caller.
 */
export async function writeIntakeDraft(
  ctx: AuthedContext,
  tx: Database,
  patientId: string,
  data: IntakeData,
): Promise<{ id: string; version: number }> {
  const org = ctx.viewer.organizationId;
  const [latest] = await tx
    .select({ id: intakes.id, version: intakes.version, status: intakes.status })
    .from(intakes)
    .where(and(eq(intakes.organizationId, org), eq(intakes.patientId, patientId)))
    .orderBy(desc(intakes.version))
    .limit(1);
  if (latest?.status === 'draft') {
    await tx
      .update(intakes)
      .set({ ...intakeColumns(data), updatedAt: ctx.now() })
      .where(and(eq(intakes.organizationId, org), eq(intakes.id, latest.id)));
    return { id: latest.id, version: latest.version };
  }
  const version = (latest?.version ?? 0) + 1;
  const [row] = await tx
    .insert(intakes)
    .values({
      organizationId: org,
      patientId,
      version,
      status: 'draft',
      ...intakeColumns(data),
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    })
    .returning({ id: intakes.id });
  if (!row) throw new Error('intake insert returned nothing');
  return { id: row.id, version };
}

/** Autosave: the patient's answers so far, however incomplete. */
export async function saveIntakeDraft(
  ctx: AuthedContext,
  input: SaveIntakeDraftInput,
): Promise<SavedIntakeOutput> {
  const patientId = await resolvePatientId(ctx, undefined);
  return ctx.db.transaction(async (tx) => {
    await patientFullName(tx, ctx.viewer.organizationId, patientId, true);
    const draft = await writeIntakeDraft(ctx, tx, patientId, input.data);
    await emitAudit(tx, ctx.viewer, {
      action: 'patient.intake.save_draft',
      entityType: 'intake',
      entityId: draft.id,
      patientId,
      detail: { version: draft.version },
    });
    return { ...draft, status: 'draft' as const, savedAt: ctx.now() };
  });
}
