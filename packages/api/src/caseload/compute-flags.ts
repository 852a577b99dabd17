import { and, desc, eq, gte, inArray } from 'drizzle-orm';

import type { Database } from '@stride/db';
import type { CaseloadFlag, DatedScore, InstrumentId } from '@stride/outcomes';
import { schema } from '@stride/db';
import { redFlagLabels } from '@stride/exam-schema';
import { computeCaseloadFlags, INSTRUMENT_IDS } from '@stride/outcomes';
import { addDays, localDateOf } from '@stride/scheduling';
import { adherenceByWeek, planSchema } from '@stride/treatment';

import { inTurn } from '../in-turn';
import { priorCareFailedByPatient } from './load-prior-care';

const {
  diagnoses,
  exerciseLogs,
  followUpRequests,
  intakes,
  painLogs,
  plans,
  questionnaireResponses,
  raceDecisions,
} = schema;

export interface FlagSubject {
  id: string;
  timeZone: string;
  targetRaceDate: string | null;
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const known = new Set<string>(INSTRUMENT_IDS);

/**
 * Rows grouped by patient in one pass, keeping their order: a caseload has hundreds of patients,
 * and filtering every batch once per patient made the loop quadratic.
 */
function byPatient<T extends { patientId: string }>(rows: readonly T[]): (id: string) => T[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.patientId);
    if (group) group.push(row);
    else groups.set(row.patientId, [row]);
  }
  return (id) => groups.get(id) ?? [];
}

/**
 * Caseload flags for a set of patients, from their data in a handful of batched queries (not a
 * query per patient). The rules themselves live in @stride/outcomes.
 */
export async function flagsForPatients(
  db: Database,
  organizationId: string,
  subjects: readonly FlagSubject[],
  now: Date,
): Promise<Map<string, CaseloadFlag[]>> {
  const out = new Map<string, CaseloadFlag[]>();
  if (subjects.length === 0) return out;
  const ids = subjects.map((s) => s.id);
  const since = addDays(now.toISOString().slice(0, 10), -35);
  const [planRows, ticks, pains, scores, intakeRows, followUps, decisions] = await inTurn(
    () =>
      db
        .select({
          patientId: plans.patientId,
          content: plans.content,
          startDate: plans.startDate,
          raceDate: plans.raceDate,
          condition: diagnoses.condition,
        })
        .from(plans)
        .innerJoin(
          diagnoses,
          and(
            eq(diagnoses.organizationId, plans.organizationId),
            eq(diagnoses.id, plans.diagnosisId),
          ),
        )
        .where(
          and(
            eq(plans.organizationId, organizationId),
            inArray(plans.patientId, ids),
            eq(plans.status, 'active'),
          ),
        ),
    () =>
      db
        .select({
          patientId: exerciseLogs.patientId,
          itemKey: exerciseLogs.itemKey,
          day: exerciseLogs.day,
          done: exerciseLogs.done,
        })
        .from(exerciseLogs)
        .where(
          and(
            eq(exerciseLogs.organizationId, organizationId),
            inArray(exerciseLogs.patientId, ids),
            gte(exerciseLogs.day, since),
          ),
        ),
    () =>
      db
        .select({ patientId: painLogs.patientId, day: painLogs.day, pain: painLogs.pain })
        .from(painLogs)
        .where(
          and(
            eq(painLogs.organizationId, organizationId),
            inArray(painLogs.patientId, ids),
            gte(painLogs.day, since),
          ),
        ),
    () =>
      db
        .select({
          patientId: questionnaireResponses.patientId,
          instrumentId: questionnaireResponses.instrumentId,
          score: questionnaireResponses.score,
          at: questionnaireResponses.answeredAt,
        })
        .from(questionnaireResponses)
        .where(
          and(
            eq(questionnaireResponses.organizationId, organizationId),
            inArray(questionnaireResponses.patientId, ids),
          ),
        ),
    () =>
      db
        .select({
          patientId: intakes.patientId,
          version: intakes.version,
          redFlags: intakes.redFlags,
          data: intakes.data,
          submittedAt: intakes.submittedAt,
        })
        .from(intakes)
        .where(
          and(
            eq(intakes.organizationId, organizationId),
            inArray(intakes.patientId, ids),
            eq(intakes.status, 'submitted'),
          ),
        ),
    () =>
      // Every request across plan versions: a missed one stays missed when the plan is edited.
      // Cancelled and discharged plans have no unanswered requests left (they are cancelled).
      db
        .select({
          patientId: followUpRequests.patientId,
          key: followUpRequests.key,
          dueDate: followUpRequests.dueDate,
          status: followUpRequests.status,
        })
        .from(followUpRequests)
        .where(
          and(
            eq(followUpRequests.organizationId, organizationId),
            inArray(followUpRequests.patientId, ids),
          ),
        ),
    () =>
      db
        .select({
          patientId: raceDecisions.patientId,
          decision: raceDecisions.decision,
          raceDate: raceDecisions.raceDate,
        })
        .from(raceDecisions)
        .where(
          and(
            eq(raceDecisions.organizationId, organizationId),
            inArray(raceDecisions.patientId, ids),
          ),
        )
        .orderBy(desc(raceDecisions.decidedAt)),
  );
  const priorCare = await priorCareFailedByPatient(db, organizationId, ids);
  const [intakesOf, plansOf, ticksOf, scoresOf, painsOf, followUpsOf, decisionsOf] = [
    byPatient(intakeRows),
    byPatient(planRows),
    byPatient(ticks),
    byPatient(scores),
    byPatient(pains),
    byPatient(followUps),
    byPatient(decisions),
  ] as const;
  for (const subject of subjects) {
    const today = localDateOf(now.getTime(), subject.timeZone);
    const intake = intakesOf(subject.id)
      .slice()
      .sort((a, b) => b.version - a.version)[0];
    const reportedOn = intake?.submittedAt
      ? localDateOf(intake.submittedAt.getTime(), subject.timeZone)
      : today;
    const redFlags = (intake?.redFlags ?? []).map((id) => ({
      id,
      label: redFlagLabels[id as keyof typeof redFlagLabels] ?? id,
      reportedOn,
      reviewed: false,
    }));
    const plan = plansOf(subject.id)[0];
    if (!plan) {
      // Without a plan only the red-flag rule applies; the others judge progress on a plan.
      if (redFlags.length > 0) {
        out.set(subject.id, [
          {
            id: 'red_flag_reported',
            severity: 'urgent',
            message: `Red flag reported at intake: ${redFlags.map((f) => f.label).join(', ')}. Review before anything else.`,
            evidence: { flags: redFlags.map((f) => f.id) },
          },
        ]);
      }
      continue;
    }
    const parsedPlan = planSchema.safeParse(plan.content);
    const weeks = parsedPlan.success
      ? adherenceByWeek(parsedPlan.data, ticksOf(subject.id), today, 3)
      : [];
    const datedScores: DatedScore[] = scoresOf(subject.id)
      .filter((s) => known.has(s.instrumentId))
      .map((s) => ({
        instrumentId: s.instrumentId as InstrumentId,
        date: localDateOf(s.at.getTime(), subject.timeZone),
        value: s.score,
      }));
    const data = intake?.data ?? {};
    const raceDate = plan.raceDate ?? subject.targetRaceDate ?? undefined;
    // The latest call counts only for the race it was made about: a moved race needs a new one.
    const decision = decisionsOf(subject.id)[0];
    const goNoGo = decision && decision.raceDate === raceDate ? decision.decision : undefined;
    try {
      out.set(
        subject.id,
        computeCaseloadFlags({
          patientId: subject.id,
          today,
          planStart: plan.startDate,
          planCondition: plan.condition,
          primaryInstrumentId: 'nprs',
          scores: datedScores,
          painLogs: painsOf(subject.id).map((p) => ({ date: p.day, painDuring: p.pain })),
          adherence: weeks.map((w) => ({
            weekStart: w.weekStart,
            sessionsPlanned: w.prescribed,
            sessionsDone: w.done,
          })),
          followUps: followUpsOf(subject.id).map(({ key, dueDate, status }) => ({
            key,
            dueDate,
            status,
          })),
          ...(raceDate ? { raceDate } : {}),
          ...(goNoGo ? { goNoGoDecision: goNoGo } : {}),
          redFlags,
          painRegions: strings(data.painRegions),
          painQualities: strings(data.painQualities),
          priorCareFailed: priorCare.get(subject.id) ?? [],
        }),
      );
    } catch (error) {
      // One patient's odd data must not take the whole caseload down.
      console.error(
        `caseload flags for ${subject.id} failed:`,
        error instanceof Error ? error.message : error,
      );
    }
  }
  return out;
}
