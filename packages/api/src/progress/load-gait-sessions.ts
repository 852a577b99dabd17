import { and, asc, eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';
import { examRecordSchema } from '@stride/exam-schema';

import type { GaitValue } from './gait-values';
import { gaitValues } from './gait-values';

const { appointments, appointmentTypes, encounters } = schema;

/** The appointment type whose encounters are gait re-tests (default-appointment-types). */
export const GAIT_RETEST_TYPE_KEY = 'gait_retest';

export interface GaitSession {
  encounterId: string;
  startedAt: Date;
  signed: boolean;
  fromRetestAppointment: boolean;
  values: GaitValue[];
}

/**
 * Baseline = the first signed encounter with gait metrics (the earliest one when none is signed
 * yet); re-test = the latest encounter with gait metrics started after it. Encounters whose exam
 * no longer parses are skipped rather than failing the chart.
 */
export async function loadGaitSessions(
  db: Database,
  organizationId: string,
  patientId: string,
): Promise<{ baseline: GaitSession | null; retest: GaitSession | null }> {
  const rows = await db
    .select({
      id: encounters.id,
      status: encounters.status,
      startedAt: encounters.startedAt,
      exam: encounters.exam,
      typeKey: appointmentTypes.key,
    })
    .from(encounters)
    .leftJoin(
      appointments,
      and(
        eq(appointments.organizationId, encounters.organizationId),
        eq(appointments.id, encounters.appointmentId),
      ),
    )
    .leftJoin(
      appointmentTypes,
      and(
        eq(appointmentTypes.organizationId, appointments.organizationId),
        eq(appointmentTypes.id, appointments.appointmentTypeId),
      ),
    )
    .where(and(eq(encounters.organizationId, organizationId), eq(encounters.patientId, patientId)))
    .orderBy(asc(encounters.startedAt));
  const sessions = rows.flatMap((row): GaitSession[] => {
    const exam = examRecordSchema.safeParse(row.exam);
    const values = exam.success ? gaitValues(exam.data) : [];
    if (values.length === 0) return [];
    return [
      {
        encounterId: row.id,
        startedAt: row.startedAt,
        signed: row.status === 'signed',
        fromRetestAppointment: row.typeKey === GAIT_RETEST_TYPE_KEY,
        values,
      },
    ];
  });
  const baseline = sessions.find((s) => s.signed) ?? sessions[0] ?? null;
  const later = baseline ? sessions.filter((s) => s.startedAt > baseline.startedAt) : [];
  return { baseline, retest: later.at(-1) ?? null };
}
