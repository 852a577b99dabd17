import { eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';
import {
  makeAppointmentTypes,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
  makeWorkingHours,
} from '@stride/db/testing';

import type { TestEnv } from './helpers';
import { seedExerciseLibrary } from '../src';
import { callerAs, viewerFor } from './helpers';

export type Who = 'clinician' | 'desk' | 'admin' | 'patient';
export type Api = ReturnType<typeof callerAs>;

/** An instant on Monday 2026-11-30 in Los Angeles, days after TEST_NOW. */
export const monday = (hhmm: string): string =>
  new Date(`2026-11-30T${hhmm}:00-08:00`).toISOString();

/** One clinic with one of each role and a patient with a portal account, for audit tests. */
export async function auditWorld(env: TestEnv, name = 'Audit Clinics') {
  const { db } = env;
  await seedExerciseLibrary(db);
  const org = await makeOrganization(db, name);
  const loc = await makeLocation(db, org.id, { name: 'Venice' });
  const types = await makeAppointmentTypes(db, org.id);
  const clinician = await makeMember(db, org.id, 'clinician', {
    locationIds: [loc.id],
    name: `Dr Ada Park ${name}`,
  });
  await makeWorkingHours(db, org.id, clinician.id, loc.id);
  const desk = await makeMember(db, org.id, 'front_desk', { locationIds: [loc.id] });
  const admin = await makeMember(db, org.id, 'admin');
  const patientUser = await makeMember(db, org.id, 'patient');
  const patient = await makePatient(db, org.id, {
    homeLocationId: loc.id,
    userId: patientUser.id,
    primaryClinicianId: clinician.id,
  });
  const people = { clinician, desk, admin, patient: patientUser };
  const as = (who: Who): Api =>
    callerAs(
      env,
      viewerFor(people[who], org, who === 'admin' ? 'all' : who === 'patient' ? [] : [loc.id]),
    );
  return { org, loc, types, people, patient, as };
}
export type AuditWorld = Awaited<ReturnType<typeof auditWorld>>;

/** Every audit row of one organisation, oldest first. */
export async function auditRows(db: Database, organizationId: string) {
  return db
    .select()
    .from(schema.auditLog)
    .where(eq(schema.auditLog.organizationId, organizationId))
    .orderBy(schema.auditLog.occurredAt);
}

/** A waitlist offer as the matcher would make it, so accepting it can be exercised. */
export async function makeWaitlistOffer(
  db: Database,
  w: AuditWorld,
  startsAt: string,
): Promise<string> {
  const typeId = w.types.follow_up;
  if (!typeId) throw new Error('no follow-up type');
  const [entry] = await db
    .insert(schema.waitlistEntries)
    .values({
      organizationId: w.org.id,
      patientId: w.patient.id,
      locationId: w.loc.id,
      appointmentTypeId: typeId,
      fromDate: '2026-11-30',
      toDate: '2026-12-04',
      status: 'offered',
    })
    .returning({ id: schema.waitlistEntries.id });
  if (!entry) throw new Error('no entry');
  const token = `offer-${entry.id}`;
  await db.insert(schema.waitlistOffers).values({
    organizationId: w.org.id,
    entryId: entry.id,
    startsAt: new Date(startsAt),
    token,
    expiresAt: new Date('2026-11-27T12:00:00Z'),
  });
  return token;
}
