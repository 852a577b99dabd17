import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Database } from '@stride/db';
import type { Plan } from '@stride/treatment';
import { schema } from '@stride/db';
import { conditionIds, conditionLabels } from '@stride/exam-schema';
import { localDateOf } from '@stride/scheduling';
import {
  diagnosisExplanations,
  findExercise,
  itemsOn,
  phaseOn,
  planPhaseSchema,
  planSchema,
} from '@stride/treatment';

import { notFound } from '../errors';

const { diagnoses, exerciseLogs, locations, patients, plans } = schema;

export const planItemView = z.object({
  key: z.string(),
  exerciseId: z.string(),
  name: z.string(),
  purpose: z.string(),
  howTo: z.string(),
  category: z.string(),
  dosage: z.string(),
  daysPerWeek: z.number(),
  why: z.string(),
  doneToday: z.boolean(),
});
export type PlanItemView = z.infer<typeof planItemView>;

export const planView = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  version: z.number(),
  createdAt: z.date(),
  /** The patient's local date the view was computed for. */
  today: z.string(),
  content: planSchema,
  diagnosis: z.object({
    id: z.string(),
    condition: z.enum(conditionIds),
    label: z.string(),
    side: z.enum(['left', 'right', 'bilateral']),
    icd10Code: z.string(),
    title: z.string(),
    explanation: z.string(),
  }),
  currentPhase: planPhaseSchema.nullable(),
  todayItems: z.array(planItemView),
});
export type PlanView = z.infer<typeof planView>;

/** The patient's local date, in their home location's zone. */
export async function patientToday(
  db: Database,
  org: string,
  patientId: string,
  now: Date,
): Promise<string> {
  const [row] = await db
    .select({ zone: locations.timeZone })
    .from(patients)
    .innerJoin(
      locations,
      and(
        eq(locations.organizationId, patients.organizationId),
        eq(locations.id, patients.homeLocationId),
      ),
    )
    .where(and(eq(patients.organizationId, org), eq(patients.id, patientId)));
  if (!row) throw notFound('That patient');
  return localDateOf(now.getTime(), row.zone);
}

export async function findActivePlanRow(db: Database, org: string, patientId: string) {
  const [row] = await db
    .select()
    .from(plans)
    .where(
      and(
        eq(plans.organizationId, org),
        eq(plans.patientId, patientId),
        eq(plans.status, 'active'),
      ),
    )
    .orderBy(desc(plans.version))
    .limit(1);
  return row;
}

export function itemViews(plan: Plan, day: string, done: ReadonlySet<string>): PlanItemView[] {
  return itemsOn(plan, day).map((item) => {
    const exercise = findExercise(item.exerciseId);
    return {
      key: item.key,
      exerciseId: item.exerciseId,
      name: exercise?.name ?? item.exerciseId,
      purpose: exercise?.purpose ?? '',
      howTo: exercise?.howTo ?? '',
      category: exercise?.category ?? 'unknown',
      dosage: item.dosage,
      daysPerWeek: item.daysPerWeek,
      why: item.why,
      doneToday: done.has(item.key),
    };
  });
}

/** The active plan with its diagnosis in plain words and today's items, or null if none. */
export async function loadPlanView(
  db: Database,
  org: string,
  patientId: string,
  now: Date,
): Promise<PlanView | null> {
  const row = await findActivePlanRow(db, org, patientId);
  if (!row) return null;
  const today = await patientToday(db, org, patientId, now);
  const content = planSchema.parse(row.content);
  const [dx] = await db
    .select({
      id: diagnoses.id,
      condition: diagnoses.condition,
      side: diagnoses.side,
      icd10Code: diagnoses.icd10Code,
    })
    .from(diagnoses)
    .where(and(eq(diagnoses.organizationId, org), eq(diagnoses.id, row.diagnosisId)));
  const [patient] = await db
    .select({ givenName: patients.givenName, familyName: patients.familyName })
    .from(patients)
    .where(and(eq(patients.organizationId, org), eq(patients.id, patientId)));
  if (!dx || !patient) throw notFound('The plan’s diagnosis');
  const ticks = await db
    .select({ itemKey: exerciseLogs.itemKey })
    .from(exerciseLogs)
    .where(
      and(
        eq(exerciseLogs.organizationId, org),
        eq(exerciseLogs.planId, row.id),
        eq(exerciseLogs.day, today),
        eq(exerciseLogs.done, true),
      ),
    );
  const condition = content.condition;
  return {
    id: row.id,
    patientId,
    patientName: `${patient.givenName} ${patient.familyName}`,
    version: row.version,
    createdAt: row.createdAt,
    today,
    content,
    diagnosis: {
      id: dx.id,
      condition,
      label: conditionLabels[condition],
      side: dx.side,
      icd10Code: dx.icd10Code,
      ...diagnosisExplanations[condition],
    },
    currentPhase: phaseOn(content, today) ?? null,
    todayItems: itemViews(content, today, new Set(ticks.map((t) => t.itemKey))),
  };
}
