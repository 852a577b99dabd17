import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { ExamRecord } from '@stride/exam-schema';
import { schema } from '@stride/db';
import { EXAM_RECORD_FORMAT, intakeSchema, intakeToHistory } from '@stride/exam-schema';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError, notFound } from '../errors';
import { inViewerLocations } from '../scope';

const { appointments, encounters, intakes, patients } = schema;

export const startEncounterInput = z
  .object({
    patientId: z.uuid('That is not a patient id.'),
    /** A case file to start from (import); otherwise the record starts from the patient's details. */
    from: z.custom<ExamRecord>().optional(),
    /** The appointment this encounter is for: one started from a gait re-test is the re-test. */
    appointmentId: z.uuid('That is not an appointment id.').optional(),
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
  const appointment = input.appointmentId
    ? await appointmentFor(ctx, patient.id, input.appointmentId)
    : undefined;
  // Starting twice from one appointment (a double click, a second tab) opens the first again.
  if (appointment?.encounterId) return { id: appointment.encounterId };
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
        locationId: appointment?.locationId ?? patient.homeLocationId,
        appointmentId: appointment?.id ?? null,
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
      locationId: appointment?.locationId ?? patient.homeLocationId,
      ...(appointment ? { detail: { appointmentId: appointment.id } } : {}),
    });
    return row;
  });
}

/** The patient's own appointment, not cancelled, with any encounter already started from it. */
async function appointmentFor(ctx: AuthedContext, patientId: string, appointmentId: string) {
  const [row] = await ctx.db
    .select({
      id: appointments.id,
      locationId: appointments.locationId,
      status: appointments.status,
      encounterId: encounters.id,
    })
    .from(appointments)
    .leftJoin(
      encounters,
      and(
        eq(encounters.organizationId, appointments.organizationId),
        eq(encounters.appointmentId, appointments.id),
      ),
    )
    .where(
      and(
        eq(appointments.organizationId, ctx.viewer.organizationId),
        eq(appointments.id, appointmentId),
        eq(appointments.patientId, patientId),
      ),
    )
    .limit(1);
  if (!row) throw notFound('That appointment');
  if (row.status === 'cancelled' || row.status === 'held')
    throw new DomainError(
      'BAD_REQUEST',
      'That appointment is not booked; start the encounter without it.',
    );
  return row;
}
