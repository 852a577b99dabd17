import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { ExamRecord } from '@stride/exam-schema';
import { schema } from '@stride/db';
import { EXAM_RECORD_FORMAT, intakeSchema, intakeToHistory } from '@stride/exam-schema';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { notFound } from '../errors';
import { inViewerLocations } from '../scope';

const { encounters, intakes, patients } = schema;

export const startEncounterInput = z
  .object({
    patientId: z.uuid('That is not a patient id.'),
    /** A case file to start from (import); otherwise the record starts from the patient's details. */
    from: z.custom<ExamRecord>().optional(),
  })
  .strict();

function ageOn(dateOfBirth: string, today: Date): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  const before =
    today.getUTCMonth() + 1 < (m ?? 1) ||
    (today.getUTCMonth() + 1 === m && today.getUTCDate() < (d ?? 1));
  return today.getUTCFullYear() - (y ?? today.getUTCFullYear()) - (before ? 1 : 0);
}

/** Opens an encounter for a patient, pre-filled with what the clinic already knows. */
export async function startEncounter(
  ctx: AuthedContext,
  input: z.infer<typeof startEncounterInput>,
): Promise<{ id: string }> {
  const { viewer } = ctx;
  const [patient] = await ctx.db
    .select()
    .from(patients)
    .where(
      and(
        eq(patients.organizationId, viewer.organizationId),
        eq(patients.id, input.patientId),
        inViewerLocations(viewer, patients.homeLocationId),
      ),
    );
  if (!patient) throw notFound('That patient');
  const now = ctx.now();
  const sex = patient.sex === 'unknown' ? undefined : patient.sex;
  // The latest submitted intake is the history the clinician starts from.
  const [intake] = await ctx.db
    .select({ data: intakes.data })
    .from(intakes)
    .where(
      and(
        eq(intakes.organizationId, viewer.organizationId),
        eq(intakes.patientId, patient.id),
        eq(intakes.status, 'submitted'),
      ),
    )
    .orderBy(desc(intakes.version))
    .limit(1);
  const parsedIntake = intake ? intakeSchema.safeParse(intake.data) : undefined;
  const fromIntake = parsedIntake?.success ? parsedIntake.data : undefined;
  const exam: ExamRecord = input.from ?? {
    format: EXAM_RECORD_FORMAT,
    patient: { ...(sex ? { sex } : {}), ageYears: ageOn(patient.dateOfBirth, now) },
    ...(fromIntake?.side ? { symptomaticSide: fromIntake.side } : {}),
    history: {
      ...(patient.weeklyDistanceKm !== null ? { weeklyDistanceKm: patient.weeklyDistanceKm } : {}),
      ...(patient.targetRace && patient.targetRaceDate
        ? { targetRace: { name: patient.targetRace, date: patient.targetRaceDate } }
        : {}),
      ...(fromIntake ? intakeToHistory(fromIntake) : {}),
    },
  };
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(encounters)
      .values({
        organizationId: viewer.organizationId,
        patientId: patient.id,
        clinicianId: viewer.userId,
        locationId: patient.homeLocationId,
        exam: exam as Record<string, unknown>,
        startedAt: now,
        updatedAt: now,
      })
      .returning({ id: encounters.id });
    if (!row) throw new Error('encounter insert returned no row');
    await emitAudit(tx, viewer, {
      action: input.from ? 'encounter.import' : 'encounter.start',
      entityType: 'encounter',
      entityId: row.id,
      patientId: patient.id,
      locationId: patient.homeLocationId,
    });
    return row;
  });
}
