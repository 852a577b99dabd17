import type { Database } from '@stride/db';
import type { ExamRecord, GaitSession } from '@stride/exam-schema';
import { schema } from '@stride/db';
import {
  makeAppointmentTypes,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
} from '@stride/db/testing';
import { caseToExamRecord, parseCase } from '@stride/exam-schema';

import { sharedCaseText } from './helpers';

/** A shared case file as an exam record, with the gait session replaced when given. */
export function examFrom(caseFile: string, gait?: GaitSession): ExamRecord {
  const parsed = parseCase(JSON.parse(sharedCaseText(caseFile)));
  if (!parsed.ok) throw new Error(`${caseFile} does not parse`);
  const exam = caseToExamRecord(parsed.value);
  if (gait === undefined) return exam;
  return { ...exam, gait };
}

export async function insertEncounter(
  db: Database,
  row: {
    org: string;
    patientId: string;
    clinicianId: string;
    locationId: string;
    exam: ExamRecord;
    startedAt: Date;
    signed: boolean;
    appointmentId?: string;
  },
): Promise<string> {
  const [e] = await db
    .insert(schema.encounters)
    .values({
      organizationId: row.org,
      patientId: row.patientId,
      clinicianId: row.clinicianId,
      locationId: row.locationId,
      appointmentId: row.appointmentId ?? null,
      exam: row.exam,
      status: row.signed ? 'signed' : 'open',
      startedAt: row.startedAt,
      signedAt: row.signed ? row.startedAt : null,
      signedBy: row.signed ? row.clinicianId : null,
    })
    .returning({ id: schema.encounters.id });
  if (!e) throw new Error('no encounter');
  return e.id;
}

export async function insertDiagnosis(
  db: Database,
  row: { org: string; patientId: string; encounterId: string; clinicianId: string; at: Date },
): Promise<string> {
  const [dx] = await db
    .insert(schema.diagnoses)
    .values({
      organizationId: row.org,
      encounterId: row.encounterId,
      patientId: row.patientId,
      condition: 'patellofemoral_malalignment',
      side: 'left',
      icd10Code: 'M22.2X2',
      engineVersion: 'test',
      profileId: 'clinic-method',
      profileVersion: 1,
      engineTop: 'patellofemoral_malalignment',
      engineOutput: {},
      confirmedBy: row.clinicianId,
      confirmedAt: row.at,
    })
    .returning({ id: schema.diagnoses.id });
  if (!dx) throw new Error('no diagnosis');
  return dx.id;
}

export async function insertAppointment(
  db: Database,
  row: {
    org: string;
    locationId: string;
    typeId: string;
    patientId: string;
    clinicianId: string;
    startsAt: Date;
    status: 'booked' | 'completed' | 'cancelled';
  },
): Promise<string> {
  const [a] = await db
    .insert(schema.appointments)
    .values({
      organizationId: row.org,
      locationId: row.locationId,
      appointmentTypeId: row.typeId,
      patientId: row.patientId,
      clinicianId: row.clinicianId,
      startsAt: row.startsAt,
      endsAt: new Date(row.startsAt.getTime() + 45 * 60_000),
      status: row.status,
    })
    .returning({ id: schema.appointments.id });
  if (!a) throw new Error('no appointment');
  return a.id;
}

/** A score answered at a moment; NPRS's value is usual pain. */
export async function insertScore(
  db: Database,
  row: { org: string; patientId: string; at: Date } & (
    | { instrumentId: 'nprs'; usual: number }
    | { instrumentId: 'running_function'; nextMorning: number }
  ),
): Promise<void> {
  const nprs = row.instrumentId === 'nprs';
  const answers: Record<string, number> = nprs
    ? { usual: row.usual, worst: row.usual, during_running: row.usual }
    : {
        longest_pain_free_run: 30,
        last_run_pain: 1,
        next_morning_pain: row.nextMorning,
        runs_this_week: 3,
      };
  await db.insert(schema.questionnaireResponses).values({
    organizationId: row.org,
    patientId: row.patientId,
    instrumentId: row.instrumentId,
    instrumentVersion: '1',
    answers,
    score: nprs ? row.usual : 60,
    subscores: Object.entries(answers).map(([itemId, value]) => ({ itemId, value })),
    answeredAt: row.at,
  });
}

export async function people(db: Database) {
  const org = await makeOrganization(db, 'Progress Clinics');
  const loc = await makeLocation(db, org.id, { name: 'Harbor' });
  const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
  const desk = await makeMember(db, org.id, 'front_desk', { locationIds: [loc.id] });
  const patientUser = await makeMember(db, org.id, 'patient');
  const patient = await makePatient(db, org.id, {
    homeLocationId: loc.id,
    primaryClinicianId: clinician.id,
    userId: patientUser.id,
  });
  const types = await makeAppointmentTypes(db, org.id);
  const foreignOrg = await makeOrganization(db, 'Elsewhere');
  const foreignLoc = await makeLocation(db, foreignOrg.id);
  const foreignClinician = await makeMember(db, foreignOrg.id, 'clinician', {
    locationIds: [foreignLoc.id],
  });
  return { org, loc, clinician, desk, patientUser, patient, types, foreignClinician, foreignOrg };
}
