import { sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { rawRows } from '@stride/db';
import {
  makeAppointmentTypes,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
  makeWorkingHours,
} from '@stride/db/testing';

import type { TestEnv } from './helpers';
import { callerAs, viewerFor } from './helpers';

/** A small clinic of its own per test file: one location, two clinicians, front desk, patients. */
export async function schedulingWorld(env: TestEnv, patientCount = 3) {
  const { db } = env;
  const org = await makeOrganization(db, 'Booking Clinics');
  const loc = await makeLocation(db, org.id, { name: 'Venice' });
  const types = await makeAppointmentTypes(db, org.id);
  const drA = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id], name: 'Dr A' });
  const drB = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id], name: 'Dr B' });
  await makeWorkingHours(db, org.id, drA.id, loc.id);
  await makeWorkingHours(db, org.id, drB.id, loc.id);
  const desk = await makeMember(db, org.id, 'front_desk', { locationIds: [loc.id] });
  const admin = await makeMember(db, org.id, 'admin');
  const patients: {
    user: Awaited<ReturnType<typeof makeMember>>;
    record: Awaited<ReturnType<typeof makePatient>>;
  }[] = [];
  for (let i = 0; i < patientCount; i++) {
    const user = await makeMember(db, org.id, 'patient');
    const record = await makePatient(db, org.id, {
      homeLocationId: loc.id,
      userId: user.id,
      primaryClinicianId: drA.id,
    });
    patients.push({ user, record });
  }
  const as = {
    admin: (now?: Date) => callerAs(env, viewerFor(admin, org, 'all'), now),
    clinician: (who: 'A' | 'B', now?: Date) =>
      callerAs(env, viewerFor(who === 'A' ? drA : drB, org, [loc.id]), now),
    desk: (now?: Date) => callerAs(env, viewerFor(desk, org, [loc.id]), now),
    patient: (i: number, now?: Date) => {
      const p = patients[i];
      if (!p) throw new Error(`no patient ${i}`);
      return callerAs(env, viewerFor(p.user, org, []), now);
    },
  };
  return { org, loc, types, drA, drB, desk, admin, patients, as };
}

export function typeId(types: Record<string, string>, key: string): string {
  const id = types[key];
  if (!id) throw new Error(`no type ${key}`);
  return id;
}

/** Live allocations of one resource that overlap: must always be zero. */
export async function overlappingAllocations(db: Database): Promise<number> {
  const rows = await rawRows<{ n: string }>(
    db,
    sql`
    select count(*)::text as n from appointment_allocations a
    join appointment_allocations b
      on a.organization_id = b.organization_id and a.resource_id = b.resource_id and a.id < b.id
    where a.active and b.active and a.during && b.during`,
  );
  return Number(rows[0]?.n ?? -1);
}
