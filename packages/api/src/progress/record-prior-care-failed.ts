import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { ExamRecord } from '@stride/exam-schema';
import { schema } from '@stride/db';
import { conditionLabels, diagnose } from '@stride/diagnosis';
import { examRecordSchema, examRecordToCase } from '@stride/exam-schema';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';

const { encounters } = schema;

/** The prior care the saphenous rule (research.md §1.5) asks the engine to know has failed. */
export const PATELLOFEMORAL_PROGRAM = 'patellofemoral_program';

export const recordPriorCareFailedInput = z
  .object({ patientId: z.uuid('That is not a patient id.') })
  .strict();

const rankedSchema = z.array(
  z.object({ condition: z.string(), label: z.string(), probability: z.number() }),
);
export const recordPriorCareFailedOutput = z.object({
  encounterId: z.string(),
  /** True when the latest encounter was signed, so a re-assessment encounter was opened. */
  newEncounter: z.boolean(),
  before: rankedSchema,
  after: rankedSchema,
});

function ranked(exam: ExamRecord): z.infer<typeof rankedSchema> {
  return diagnose(examRecordToCase(exam)).differential.map((d) => ({
    condition: d.condition,
    label: conditionLabels[d.condition],
    probability: d.probability,
  }));
}

/**
 * The saphenous prompt's action: records "patellofemoral programme failed" in the case history
 * and re-runs the engine. An open encounter is updated in place; a signed one is frozen, so a
 * re-assessment encounter starts from its history and knee exam (not its gait session, which
 * would otherwise pass for a gait re-test).
 */
export async function recordPriorCareFailed(
  ctx: AuthedContext,
  input: z.infer<typeof recordPriorCareFailedInput>,
): Promise<z.infer<typeof recordPriorCareFailedOutput>> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, input.patientId);
  return ctx.db.transaction(async (tx) => {
    const [latest] = await tx
      .select()
      .from(encounters)
      .where(and(eq(encounters.organizationId, org), eq(encounters.patientId, patientId)))
      .orderBy(desc(encounters.startedAt))
      .limit(1)
      .for('update');
    if (!latest)
      throw new DomainError(
        'BAD_REQUEST',
        'Start an encounter first: there is no case history yet.',
      );
    const parsed = examRecordSchema.safeParse(latest.exam);
    if (!parsed.success)
      throw new DomainError(
        'BAD_REQUEST',
        'The latest encounter’s record does not parse; fix it first.',
      );
    const before = parsed.data;
    const priorCareFailed = [
      ...new Set([...(before.history?.priorCareFailed ?? []), PATELLOFEMORAL_PROGRAM]),
    ] as NonNullable<ExamRecord['history']>['priorCareFailed'];
    const history = { ...before.history, priorCareFailed };
    const now = ctx.now();
    let encounterId = latest.id;
    let after: ExamRecord;
    if (latest.status === 'open') {
      after = { ...before, history };
      await tx
        .update(encounters)
        .set({ exam: after, revision: latest.revision + 1, updatedAt: now })
        .where(and(eq(encounters.organizationId, org), eq(encounters.id, latest.id)));
    } else {
      const { gait: _gait, notes: _notes, caseId: _caseId, ...kept } = before;
      after = { ...kept, history };
      const [row] = await tx
        .insert(encounters)
        .values({
          organizationId: org,
          patientId,
          clinicianId: ctx.viewer.userId,
          locationId: latest.locationId,
          exam: after,
          startedAt: now,
          updatedAt: now,
        })
        .returning({ id: encounters.id });
      if (!row) throw new Error('encounter insert returned no row');
      encounterId = row.id;
    }
    await emitAudit(tx, ctx.viewer, {
      action: 'encounter.prior_care_failed',
      entityType: 'encounter',
      entityId: encounterId,
      patientId,
      locationId: latest.locationId,
      detail: {
        priorCareFailed,
        fromEncounter: latest.id,
        newEncounter: encounterId !== latest.id,
      },
    });
    return {
      encounterId,
      newEncounter: encounterId !== latest.id,
      before: ranked(before),
      after: ranked(after),
    };
  });
}
