import type { Database } from '@stride/db';
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

function caseExam(file: string): Record<string, unknown> {
  const parsed = parseCase(JSON.parse(sharedCaseText(file)));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return caseToExamRecord(parsed.value);
}

/** A patient with a completed visit: appointment, signed encounter with an exam, diagnosis, score. */
export async function patientWithVisit(
  db: Database,
  org: string,
  p: { patientId: string; clinicianId: string; locationId: string; typeId: string },
): Promise<{ encounterId: string; diagnosisId: string }> {
  const startsAt = new Date('2026-10-01T16:00:00Z');
  const [appt] = await db
    .insert(schema.appointments)
    .values({
      organizationId: org,
      locationId: p.locationId,
      appointmentTypeId: p.typeId,
      patientId: p.patientId,
      clinicianId: p.clinicianId,
      startsAt,
      endsAt: new Date('2026-10-01T17:00:00Z'),
      status: 'completed',
    })
    .returning({ id: schema.appointments.id });
  const [enc] = await db
    .insert(schema.encounters)
    .values({
      organizationId: org,
      patientId: p.patientId,
      clinicianId: p.clinicianId,
      locationId: p.locationId,
      appointmentId: appt?.id,
      status: 'signed',
      exam: caseExam('p02-patellofemoral-malalignment.json'),
      startedAt: startsAt,
      signedAt: new Date('2026-10-01T17:05:00Z'),
      signedBy: p.clinicianId,
    })
    .returning({ id: schema.encounters.id });
  if (!enc) throw new Error('no encounter');
  const [dx] = await db
    .insert(schema.diagnoses)
    .values({
      organizationId: org,
      encounterId: enc.id,
      patientId: p.patientId,
      condition: 'patellofemoral_malalignment',
      side: 'left',
      icd10Code: 'M22.2X2',
      engineVersion: 'test',
      profileId: 'clinic-method',
      profileVersion: 1,
      engineTop: 'patellofemoral_malalignment',
      engineOutput: {},
      confirmedBy: p.clinicianId,
    })
    .returning({ id: schema.diagnoses.id });
  if (!dx) throw new Error('no diagnosis');
  await db.insert(schema.questionnaireResponses).values({
    organizationId: org,
    patientId: p.patientId,
    instrumentId: 'nprs',
    instrumentVersion: '1',
    answers: { usual: 4, worst: 6, best: null },
    score: 4,
    subscores: [],
  });
  return { encounterId: enc.id, diagnosisId: dx.id };
}

export async function exportsWorld(db: Database) {
  const org = await makeOrganization(db, 'Export Clinics');
  const north = await makeLocation(db, org.id, { name: 'North' });
  const south = await makeLocation(db, org.id, { name: 'South' });
  const types = await makeAppointmentTypes(db, org.id);
  const typeId = Object.values(types)[0] ?? '';
  const admin = await makeMember(db, org.id, 'admin');
  const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [north.id] });
  const southClinician = await makeMember(db, org.id, 'clinician', { locationIds: [south.id] });
  const patientUser = await makeMember(db, org.id, 'patient');
  const otherUser = await makeMember(db, org.id, 'patient');
  const patient = await makePatient(db, org.id, {
    homeLocationId: north.id,
    primaryClinicianId: clinician.id,
    userId: patientUser.id,
  });
  const other = await makePatient(db, org.id, { homeLocationId: north.id, userId: otherUser.id });
  const visit = await patientWithVisit(db, org.id, {
    patientId: patient.id,
    clinicianId: clinician.id,
    locationId: north.id,
    typeId,
  });
  const foreignOrg = await makeOrganization(db, 'Elsewhere');
  const foreignLoc = await makeLocation(db, foreignOrg.id);
  const foreignPatient = await makePatient(db, foreignOrg.id, { homeLocationId: foreignLoc.id });
  return {
    org,
    north,
    south,
    typeId,
    admin,
    clinician,
    southClinician,
    patientUser,
    otherUser,
    patient,
    other,
    visit,
    foreignOrg,
    foreignPatient,
  };
}
