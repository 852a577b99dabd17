import { randomUUID } from 'node:crypto';

import type { Database } from '../client';
import { diagnoses, encounters, plans, questionnaireResponses } from '../schema';

/**
 * A patient already on an active plan that started on `startDate`: the signed encounter and
 * confirmed diagnosis it hangs from are inserted too. `content` is the plan body; build it
 * with @stride/treatment's `buildPlan` (this package cannot import it: dependencies point down).
 */
export async function makeActivePlan(
  db: Database,
  organizationId: string,
  options: {
    patientId: string;
    clinicianId: string;
    locationId: string;
    startDate: string;
    content: Record<string, unknown>;
    condition?: string;
    raceDate?: string;
  },
): Promise<{ planId: string; diagnosisId: string; encounterId: string }> {
  const encounterId = randomUUID();
  const diagnosisId = randomUUID();
  const planId = randomUUID();
  const condition = options.condition ?? 'patellofemoral_malalignment';
  const signedAt = new Date(`${options.startDate}T16:00:00Z`);
  await db.insert(encounters).values({
    organizationId,
    id: encounterId,
    patientId: options.patientId,
    clinicianId: options.clinicianId,
    locationId: options.locationId,
    status: 'signed',
    exam: {},
    startedAt: signedAt,
    updatedAt: signedAt,
    signedAt,
    signedBy: options.clinicianId,
  });
  await db.insert(diagnoses).values({
    organizationId,
    id: diagnosisId,
    encounterId,
    patientId: options.patientId,
    condition,
    side: 'right',
    icd10Code: 'M22.2X1',
    engineVersion: 'test',
    profileId: 'clinic-method',
    profileVersion: 1,
    engineTop: condition,
    engineOutput: {},
    confirmedBy: options.clinicianId,
    confirmedAt: signedAt,
  });
  await db.insert(plans).values({
    organizationId,
    id: planId,
    patientId: options.patientId,
    diagnosisId,
    version: 1,
    content: options.content,
    startDate: options.startDate,
    raceDate: options.raceDate ?? null,
    createdBy: options.clinicianId,
    createdAt: signedAt,
  });
  return { planId, diagnosisId, encounterId };
}

/** A stored questionnaire score, as if answered at `answeredAt` (no answers kept). */
export async function makeScore(
  db: Database,
  organizationId: string,
  options: { patientId: string; instrumentId: string; score: number; answeredAt: Date },
): Promise<void> {
  await db.insert(questionnaireResponses).values({
    organizationId,
    patientId: options.patientId,
    instrumentId: options.instrumentId,
    instrumentVersion: 'test',
    answers: {},
    score: options.score,
    subscores: [],
    answeredAt: options.answeredAt,
  });
}
