import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { examRecordSchema, formatIssues } from '@stride/exam-schema';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { assertOpen, findEncounter } from './find-encounter';

const { encounters } = schema;

export const saveExamInput = z
  .object({
    encounterId: z.uuid('That is not an encounter id.'),
    /** The revision the client last saw; a stale one means another tab saved in between. */
    revision: z.number().int().min(0),
    exam: z.unknown(),
  })
  .strict();

/** Autosave of the exam record while the encounter is open; validated against exam-schema. */
export async function saveExam(
  ctx: AuthedContext,
  input: z.infer<typeof saveExamInput>,
): Promise<{ revision: number; savedAt: Date }> {
  const parsed = examRecordSchema.safeParse(input.exam);
  if (!parsed.success)
    throw new DomainError(
      'BAD_REQUEST',
      `Not saved: ${formatIssues(parsed.error.issues).join('; ')}`,
    );
  return ctx.db.transaction(async (tx) => {
    const encounter = await findEncounter(ctx, tx, input.encounterId, true);
    assertOpen(encounter);
    if (encounter.revision !== input.revision) {
      throw new DomainError(
        'CONFLICT',
        'This exam was changed in another window. Reload to see the latest before editing.',
      );
    }
    const savedAt = ctx.now();
    const revision = encounter.revision + 1;
    await tx
      .update(encounters)
      .set({ exam: parsed.data, revision, updatedAt: savedAt })
      .where(
        and(
          eq(encounters.organizationId, encounter.organizationId),
          eq(encounters.id, encounter.id),
        ),
      );
    await emitAudit(tx, ctx.viewer, {
      action: 'encounter.exam.save',
      entityType: 'encounter',
      entityId: encounter.id,
      patientId: encounter.patientId,
      locationId: encounter.locationId,
      detail: { revision },
    });
    return { revision, savedAt };
  });
}
