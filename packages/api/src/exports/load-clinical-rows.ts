import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';

import type { Database } from '@stride/db';
import type { ExamRecord } from '@stride/exam-schema';
import type {
  DiagnosisInput,
  EncounterInput,
  PlanInput,
  QuestionnaireResponseInput,
} from '@stride/fhir';
import { schema } from '@stride/db';
import { conditionIds, EXAM_RECORD_FORMAT, examRecordSchema } from '@stride/exam-schema';
import { findExercise, planSchema } from '@stride/treatment';

import type { RowFilter } from './row-filter';
import { filterSql, iso, isoOrNull, pageLimit } from './row-filter';

const { diagnoses, encounters, plans, questionnaireResponses } = schema;

/** An encounter opened but never saved holds `{}`; anything else must be a readable record. */
function readExam(id: string, exam: Record<string, unknown>): ExamRecord {
  if (Object.keys(exam).length === 0) return { format: EXAM_RECORD_FORMAT };
  const parsed = examRecordSchema.safeParse(exam);
  if (!parsed.success) throw new Error(`Encounter ${id} has an exam record Stride cannot read.`);
  return parsed.data;
}

export async function loadEncounters(
  db: Database,
  org: string,
  filter: RowFilter,
): Promise<EncounterInput[]> {
  const cols = { org: encounters.organizationId, id: encounters.id, patient: encounters.patientId };
  const rows = await db
    .select()
    .from(encounters)
    .where(filterSql(filter, cols, org))
    .orderBy(asc(encounters.id))
    .limit(pageLimit(filter));
  return rows.map((e) => ({
    id: e.id,
    patientId: e.patientId,
    clinicianId: e.clinicianId,
    locationId: e.locationId,
    appointmentId: e.appointmentId,
    status: e.status,
    startedAt: iso(e.startedAt),
    signedAt: isoOrNull(e.signedAt),
    exam: readExam(e.id, e.exam),
  }));
}

export async function loadDiagnoses(
  db: Database,
  org: string,
  filter: RowFilter,
): Promise<DiagnosisInput[]> {
  const cols = { org: diagnoses.organizationId, id: diagnoses.id, patient: diagnoses.patientId };
  const rows = await db
    .select({
      id: diagnoses.id,
      encounterId: diagnoses.encounterId,
      patientId: diagnoses.patientId,
      condition: diagnoses.condition,
      side: diagnoses.side,
      icd10Code: diagnoses.icd10Code,
      note: diagnoses.note,
      confirmedBy: diagnoses.confirmedBy,
      confirmedAt: diagnoses.confirmedAt,
      supersededAt: diagnoses.supersededAt,
      discharged: sql<boolean>`exists (select 1 from ${plans} where ${plans.organizationId} = ${diagnoses.organizationId} and ${plans.diagnosisId} = ${diagnoses.id} and ${plans.status} = 'discharged')`,
    })
    .from(diagnoses)
    .where(filterSql(filter, cols, org))
    .orderBy(asc(diagnoses.id))
    .limit(pageLimit(filter));
  return rows.map((d) => {
    const condition = conditionIds.find((c) => c === d.condition);
    if (!condition) throw new Error(`Diagnosis ${d.id} names an unknown condition.`);
    return {
      ...d,
      condition,
      confirmedAt: iso(d.confirmedAt),
      supersededAt: isoOrNull(d.supersededAt),
    };
  });
}

const previous = alias(plans, 'previous_plan');

export async function loadPlans(
  db: Database,
  org: string,
  filter: RowFilter,
): Promise<PlanInput[]> {
  const cols = { org: plans.organizationId, id: plans.id, patient: plans.patientId };
  const rows = await db
    .select({ plan: plans, replacesId: previous.id })
    .from(plans)
    .leftJoin(
      previous,
      and(
        eq(previous.organizationId, plans.organizationId),
        eq(previous.patientId, plans.patientId),
        eq(previous.version, sql`${plans.version} - 1`),
      ),
    )
    .where(filterSql(filter, cols, org))
    .orderBy(asc(plans.id))
    .limit(pageLimit(filter));
  return rows.map(({ plan: p, replacesId }) => {
    const content = planSchema.parse(p.content);
    return {
      id: p.id,
      patientId: p.patientId,
      diagnosisId: p.diagnosisId,
      version: p.version,
      status: p.status,
      startDate: p.startDate,
      endDate: content.endDate,
      replacesId,
      createdBy: p.createdBy,
      createdAt: iso(p.createdAt),
      items: content.items.map((item) => ({
        exerciseName: findExercise(item.exerciseId)?.name ?? item.exerciseId,
        dosage: item.dosage,
        daysPerWeek: item.daysPerWeek,
        why: item.why,
      })),
    };
  });
}

export async function loadQuestionnaireResponses(
  db: Database,
  org: string,
  filter: RowFilter,
): Promise<QuestionnaireResponseInput[]> {
  const t = questionnaireResponses;
  const rows = await db
    .select({
      id: t.id,
      patientId: t.patientId,
      instrumentId: t.instrumentId,
      instrumentVersion: t.instrumentVersion,
      answers: t.answers,
      answeredAt: t.answeredAt,
    })
    .from(t)
    .where(filterSql(filter, { org: t.organizationId, id: t.id, patient: t.patientId }, org))
    .orderBy(asc(t.id))
    .limit(pageLimit(filter));
  return rows.map((q) => ({ ...q, answeredAt: iso(q.answeredAt) }));
}
