import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';

import type { AppointmentStatus, Database } from '@stride/db';
import { schema } from '@stride/db';
import {
  makeAppointmentTypes,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
} from '@stride/db/testing';

const t = schema;

/** Small direct inserts for report tests: each row is exactly what the test says it is. */
export async function reportWorld(db: Database) {
  const org = await makeOrganization(db, 'Report Group');
  // Default opening hours: 07:00–19:00 every day.
  const a = await makeLocation(db, org.id, { name: 'Alpha', timeZone: 'America/Los_Angeles' });
  const weekdays = Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]]),
  );
  const b = await makeLocation(db, org.id, {
    name: 'Bravo',
    timeZone: 'America/Phoenix',
    openingHours: weekdays,
  });
  await db
    .update(t.locations)
    .set({ cancellationWindowHours: 48 })
    .where(and(eq(t.locations.organizationId, org.id), eq(t.locations.id, b.id)));
  const admin = await makeMember(db, org.id, 'admin');
  const c1 = await makeMember(db, org.id, 'clinician', { locationIds: [a.id], name: 'Casey One' });
  const c2 = await makeMember(db, org.id, 'clinician', { locationIds: [b.id], name: 'Cory Two' });
  const types = await makeAppointmentTypes(db, org.id);
  const gaitLab = async (locationId: string): Promise<string> => {
    const [row] = await db
      .select({ id: t.resources.id })
      .from(t.resources)
      .where(and(eq(t.resources.locationId, locationId), eq(t.resources.kind, 'gait_lab')));
    if (!row) throw new Error('makeLocation made no gait lab');
    return row.id;
  };

  const patient = async (
    locationId: string,
    clinicianId: string,
    createdAt = '2025-01-01T12:00:00Z',
    referralSource: string | null = null,
  ): Promise<string> => {
    const p = await makePatient(db, org.id, {
      homeLocationId: locationId,
      primaryClinicianId: clinicianId,
    });
    await db
      .update(t.patients)
      .set({ createdAt: new Date(createdAt), referralSource })
      .where(and(eq(t.patients.organizationId, org.id), eq(t.patients.id, p.id)));
    return p.id;
  };

  /** An appointment; `allocations` lists [kind, resource, start, end] rows (ISO instants). */
  const appointment = async (o: {
    locationId: string;
    clinicianId: string;
    patientId: string;
    start: string;
    end: string;
    status: AppointmentStatus;
    cancelledAt?: string;
    cancelReason?: string;
    allocations?: {
      kind: 'clinician' | 'gait_lab';
      resourceId: string;
      from: string;
      to: string;
    }[];
  }): Promise<string> => {
    const id = randomUUID();
    await db.insert(t.appointments).values({
      organizationId: org.id,
      id,
      locationId: o.locationId,
      appointmentTypeId: types.initial_assessment ?? '',
      patientId: o.patientId,
      clinicianId: o.clinicianId,
      startsAt: new Date(o.start),
      endsAt: new Date(o.end),
      status: o.status,
      cancelledAt: o.cancelledAt ? new Date(o.cancelledAt) : null,
      cancelReason: o.cancelReason ?? null,
    });
    const live = o.status !== 'cancelled';
    for (const al of o.allocations ?? []) {
      await db.insert(t.appointmentAllocations).values({
        organizationId: org.id,
        appointmentId: id,
        kind: al.kind,
        resourceId: al.resourceId,
        during: `[${al.from},${al.to})`,
        active: live,
      });
    }
    return id;
  };

  /** A current (or superseded) confirmed diagnosis on its own encounter; returns its id. */
  const diagnosis = async (o: {
    patientId: string;
    clinicianId: string;
    locationId: string;
    condition: string;
    engineTop: string;
    confirmedAt: string;
    icd10Code?: string;
    supersededAt?: string;
  }): Promise<string> => {
    const encounterId = randomUUID();
    const id = randomUUID();
    const at = new Date(o.confirmedAt);
    await db.insert(t.encounters).values({
      organizationId: org.id,
      id: encounterId,
      patientId: o.patientId,
      clinicianId: o.clinicianId,
      locationId: o.locationId,
      status: 'signed',
      exam: {},
      startedAt: at,
    });
    await db.insert(t.diagnoses).values({
      organizationId: org.id,
      id,
      encounterId,
      patientId: o.patientId,
      condition: o.condition,
      side: 'left',
      icd10Code: o.icd10Code ?? 'M22.2X2',
      engineVersion: 'test',
      profileId: 'clinic-method',
      profileVersion: 1,
      engineTop: o.engineTop,
      engineOutput: {},
      confirmedBy: o.clinicianId,
      confirmedAt: at,
      supersededAt: o.supersededAt ? new Date(o.supersededAt) : null,
    });
    return id;
  };

  const score = async (patientId: string, instrumentId: string, at: string, value: number) => {
    await db.insert(t.questionnaireResponses).values({
      organizationId: org.id,
      patientId,
      instrumentId,
      instrumentVersion: '1',
      answers: {},
      score: value,
      subscores: [],
      answeredAt: new Date(at),
    });
  };

  /** A plan on the diagnosis, discharged at `at`. */
  const discharge = async (diagnosisId: string, patientId: string, by: string, at: string) => {
    const planId = randomUUID();
    await db.insert(t.plans).values({
      organizationId: org.id,
      id: planId,
      patientId,
      diagnosisId,
      version: 1,
      status: 'discharged',
      content: {},
      startDate: at.slice(0, 10),
      createdBy: by,
    });
    await db.insert(t.discharges).values({
      organizationId: org.id,
      patientId,
      planId,
      criteria: {},
      criteriaMet: [],
      patientSummary: 'Done.',
      dischargedBy: by,
      dischargedAt: new Date(at),
    });
  };

  return { org, a, b, admin, c1, c2, gaitLab, patient, appointment, diagnosis, score, discharge };
}
export type ReportWorld = Awaited<ReturnType<typeof reportWorld>>;
