import { and, eq, max } from 'drizzle-orm';
import { z } from 'zod';

import type { Database } from '@stride/db';
import type { ConditionId, ExamRecord } from '@stride/exam-schema';
import type { Plan } from '@stride/treatment';
import { schema } from '@stride/db';
import { conditionIds, examRecordSchema } from '@stride/exam-schema';
import { buildPlan } from '@stride/treatment';

import type { AuthedContext } from '../context';
import type { ScheduleResult } from '../follow-ups/schedule-follow-ups';
import type { PlanView } from './plan-view';
import { emitAudit } from '../audit';
import { DomainError, notFound } from '../errors';
import { scheduleFollowUps } from '../follow-ups/schedule-follow-ups';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { loadPlanView, patientToday } from './plan-view';

const { diagnoses, encounters, patients, plans } = schema;

export const createPlanFromDiagnosisInput = z
  .object({ diagnosisId: z.uuid('That is not a diagnosis id.') })
  .strict();
export type CreatePlanFromDiagnosisInput = z.infer<typeof createPlanFromDiagnosisInput>;

/**
 * Stores `content` as the patient's next plan version, supersedes the active one and moves the
 * follow-up schedule onto the new version, all in the caller's transaction.
 */
export async function savePlanVersion(
  ctx: AuthedContext,
  tx: Database,
  patientId: string,
  diagnosisId: string,
  content: Plan,
): Promise<{ id: string; version: number; followUps: ScheduleResult }> {
  const org = ctx.viewer.organizationId;
  const [last] = await tx
    .select({ version: max(plans.version) })
    .from(plans)
    .where(and(eq(plans.organizationId, org), eq(plans.patientId, patientId)));
  await tx
    .update(plans)
    .set({ status: 'superseded' })
    .where(
      and(
        eq(plans.organizationId, org),
        eq(plans.patientId, patientId),
        eq(plans.status, 'active'),
      ),
    );
  const version = (last?.version ?? 0) + 1;
  const [row] = await tx
    .insert(plans)
    .values({
      organizationId: org,
      patientId,
      diagnosisId,
      version,
      content,
      startDate: content.startDate,
      raceDate: content.raceDate,
      goNoGoDate: content.goNoGoDate,
      createdBy: ctx.viewer.userId,
    })
    .returning({ id: plans.id });
  if (!row) throw new Error('plan insert returned no row');
  const followUps = await scheduleFollowUps(ctx, tx, {
    id: row.id,
    patientId,
    startDate: content.startDate,
    raceDate: content.raceDate,
    goNoGoDate: content.goNoGoDate,
  });
  return { id: row.id, version, followUps };
}

/** Builds a plan from a confirmed diagnosis: its template, the encounter's findings, the race date. */
export async function createPlanFromDiagnosis(
  ctx: AuthedContext,
  input: CreatePlanFromDiagnosisInput,
): Promise<PlanView> {
  const org = ctx.viewer.organizationId;
  const [dx] = await ctx.db
    .select({
      patientId: diagnoses.patientId,
      condition: diagnoses.condition,
      side: diagnoses.side,
      supersededAt: diagnoses.supersededAt,
      exam: encounters.exam,
      raceDate: patients.targetRaceDate,
    })
    .from(diagnoses)
    .innerJoin(
      encounters,
      and(
        eq(encounters.organizationId, diagnoses.organizationId),
        eq(encounters.id, diagnoses.encounterId),
      ),
    )
    .innerJoin(
      patients,
      and(
        eq(patients.organizationId, diagnoses.organizationId),
        eq(patients.id, diagnoses.patientId),
      ),
    )
    .where(and(eq(diagnoses.organizationId, org), eq(diagnoses.id, input.diagnosisId)));
  if (!dx) throw notFound('That diagnosis');
  const patientId = await resolvePatientId(ctx, dx.patientId);
  if (dx.supersededAt)
    throw new DomainError(
      'BAD_REQUEST',
      'That diagnosis has been replaced. Build the plan from the current one.',
    );
  if (!(conditionIds as readonly string[]).includes(dx.condition))
    throw new DomainError('BAD_REQUEST', 'There is no plan template for that diagnosis.');
  const parsed = examRecordSchema.safeParse(dx.exam);
  const exam: ExamRecord | undefined = parsed.success ? parsed.data : undefined;
  const today = await patientToday(ctx.db, org, patientId, ctx.now());
  const content = buildPlan({
    condition: dx.condition as ConditionId,
    side: dx.side,
    exam,
    raceDate: dx.raceDate ?? exam?.history?.targetRace?.date ?? null,
    today,
  });
  await ctx.db.transaction(async (tx) => {
    const saved = await savePlanVersion(ctx, tx, patientId, input.diagnosisId, content);
    await emitAudit(tx, ctx.viewer, {
      action: 'plan.create',
      entityType: 'plan',
      entityId: saved.id,
      patientId,
      detail: {
        diagnosisId: input.diagnosisId,
        version: saved.version,
        items: content.items.length,
        followUps: saved.followUps,
      },
    });
  });
  const view = await loadPlanView(ctx.db, org, patientId, ctx.now());
  if (!view) throw new Error('new plan vanished');
  return view;
}
