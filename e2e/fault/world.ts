/**
 * The fault run's own database on the throwaway cluster: migrated like production, with one small
 * clinic whose single exam room and two clinicians make the clients fight over the same times.
 */
import pg from 'pg';

import { hashPassword } from '@stride/auth';
import { createDatabase } from '@stride/db';
import {
  makeAppointmentTypes,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
  makeWorkingHours,
} from '@stride/db/testing';

import type { Cluster } from './cluster';

export const PASSWORD = 'fault-password-2026';

export interface FaultWorld {
  organizationId: string;
  locationId: string;
  clinicianIds: string[];
  deskEmails: string[];
  patientIds: string[];
  types: { followUp: string; telehealth: string };
}

/**
 * Where migrations put a non-owner role for the app (row-level security applies to it), the app
 * connects as that role, as in production; the seed and the checker stay the owner.
 */
const APP_ROLE = 'stride_app';

export async function createFaultDatabase(
  cluster: Cluster,
  name: string,
): Promise<{ ownerUrl: string; appUrl: string }> {
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const ownerUrl = cluster.url(name);
  const handle = await createDatabase({ kind: 'postgres', url: ownerUrl, maxConnections: 2 });
  await handle.migrate();
  await handle.close();
  const role = await admin.query('select 1 from pg_roles where rolname = $1', [APP_ROLE]);
  await admin.end();
  return { ownerUrl, appUrl: role.rowCount ? cluster.url(name, APP_ROLE) : ownerUrl };
}

export async function makeFaultWorld(url: string, desks: number): Promise<FaultWorld> {
  const handle = await createDatabase({ kind: 'postgres', url, maxConnections: 2 });
  const db = handle.db;
  try {
    const passwordHash = await hashPassword(PASSWORD);
    const org = await makeOrganization(db, 'Fault Run Clinics');
    // UTC keeps the slot arithmetic in the clients free of zone and DST questions.
    const loc = await makeLocation(db, org.id, { name: 'Crash Lane', timeZone: 'UTC' });
    const types = await makeAppointmentTypes(db, org.id);
    const clinicianIds: string[] = [];
    for (const name of ['Dr Kill', 'Dr Restart']) {
      const c = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id], name });
      await makeWorkingHours(db, org.id, c.id, loc.id);
      clinicianIds.push(c.id);
    }
    const deskEmails: string[] = [];
    for (let i = 0; i < desks; i++) {
      const desk = await makeMember(db, org.id, 'front_desk', {
        locationIds: [loc.id],
        passwordHash,
      });
      deskEmails.push(desk.email);
    }
    const patientIds: string[] = [];
    for (let i = 0; i < 12; i++) {
      const p = await makePatient(db, org.id, { homeLocationId: loc.id });
      patientIds.push(p.id);
    }
    const followUp = types.follow_up;
    const telehealth = types.telehealth_checkin;
    if (!followUp || !telehealth) throw new Error('appointment types missing');
    return {
      organizationId: org.id,
      locationId: loc.id,
      clinicianIds,
      deskEmails,
      patientIds,
      types: { followUp, telehealth },
    };
  } finally {
    await handle.close();
  }
}
