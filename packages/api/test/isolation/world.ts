import { sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { rawRows } from '@stride/db';
import { makeLocation, makeMember, makePatient, makeWorkingHours } from '@stride/db/testing';

import type { Api, AuditWorld, Who } from '../audit-world';
import type { TestEnv } from '../helpers';
import { loadAuditCases } from '../audit-cases/load-cases';
import { auditWorld } from '../audit-world';
import { callerAs, viewerFor } from '../helpers';

/**
 * One place's data, shaped like the audit world so the audit cases can fill it: an organisation,
 * a location, one person of each role working there, and a patient with a portal account.
 */
export interface Site extends AuditWorld {
  /** What the preparation cases made here (encounter, plan, appointment ids, …). */
  state: Map<string, unknown>;
}

/** Where an input points, seen from the home clinic's main location (where the callers work). */
export type Target = 'own' | 'otherLocation' | 'foreign';
export const targets: readonly Target[] = ['own', 'otherLocation', 'foreign'];

export interface Sites {
  own: Site;
  otherLocation: Site;
  foreign: Site;
}

/** A second location of `home`'s organisation, with its own clinician, front desk and patient. */
async function sideSite(env: TestEnv, home: AuditWorld): Promise<AuditWorld> {
  const { db } = env;
  const loc = await makeLocation(db, home.org.id, { name: 'Side Street' });
  const clinician = await makeMember(db, home.org.id, 'clinician', { locationIds: [loc.id] });
  await makeWorkingHours(db, home.org.id, clinician.id, loc.id);
  const desk = await makeMember(db, home.org.id, 'front_desk', { locationIds: [loc.id] });
  const patientUser = await makeMember(db, home.org.id, 'patient');
  const patient = await makePatient(db, home.org.id, {
    homeLocationId: loc.id,
    userId: patientUser.id,
    primaryClinicianId: clinician.id,
  });
  const people = { clinician, desk, admin: home.people.admin, patient: patientUser };
  const as = (who: Who): Api =>
    callerAs(
      env,
      viewerFor(people[who], home.org, who === 'admin' ? 'all' : who === 'patient' ? [] : [loc.id]),
    );
  return { org: home.org, loc, types: home.types, people, patient, as };
}

/**
 * The audit cases that build one patient's record (intake, an encounter signed with a diagnosis,
 * a plan with its follow-ups, scores, ticks and pain logs), run at every site so each holds a
 * real record to point at. Bookings, the waitlist and the rest are made fresh per call by
 * `fresh.ts`, since calls use them up.
 */
const BUILDS_RECORD =
  /^(intake\.(saveDraft|submit)|encounters\.\w+|plans\.(diagnoses|createFromDiagnosis|tick|logPain)|questionnaires\.answer)$/;

export async function buildSites(env: TestEnv): Promise<Sites> {
  const cases = (await loadAuditCases()).filter((c) => BUILDS_RECORD.test(c.path));
  const home = await auditWorld(env, `Home ${crypto.randomUUID().slice(0, 6)}`);
  const side = await sideSite(env, home);
  const foreign = await auditWorld(env, `Foreign ${crypto.randomUUID().slice(0, 6)}`);
  const sites = {
    own: { ...home, state: new Map<string, unknown>() },
    otherLocation: { ...side, state: new Map<string, unknown>() },
    foreign: { ...foreign, state: new Map<string, unknown>() },
  };
  for (const site of Object.values(sites)) {
    for (const c of cases) {
      const api = c.as === 'public' ? callerAs(env, null) : site.as(c.as);
      await c.run(api, { w: site, db: env.db, state: site.state });
    }
  }
  return sites;
}

/**
 * Reads every uuid stored in a row of `organizationId` and in no other organisation's row: the
 * ids a response to anyone else must never contain. The columns come from the catalogue, so a
 * new table is covered. Ids shared with other organisations (global rows both point at) are
 * found once; each read after that scans only this organisation's rows, which are few.
 */
export async function idsOnlyIn(db: Database, organizationId: string) {
  const columns = await rawRows<{ table_name: string; column_name: string }>(
    db,
    sql`select c.table_name, c.column_name from information_schema.columns c
        join information_schema.columns o
          on o.table_schema = c.table_schema and o.table_name = c.table_name
         and o.column_name = 'organization_id'
        join information_schema.tables t
          on t.table_schema = c.table_schema and t.table_name = c.table_name
         and t.table_type = 'BASE TABLE'
        where c.table_schema = 'public' and c.data_type = 'uuid'`,
  );
  const values = (where: string) =>
    columns
      .map((c) => `select "${c.column_name}"::text as v from "${c.table_name}" where ${where}`)
      .join(' union ');
  const org = `organization_id = '${organizationId}'`;
  const shared = await rawRows<{ v: string }>(
    db,
    sql.raw(`(${values(org)}) intersect (${values(`organization_id <> '${organizationId}'`)})`),
  );
  const sharedIds = new Set(shared.map((r) => r.v));
  return async (): Promise<Set<string>> => {
    const rows = await rawRows<{ v: string | null }>(db, sql.raw(values(org)));
    const ids = rows.flatMap((r) => (r.v && !sharedIds.has(r.v) ? [r.v] : []));
    return new Set([organizationId, ...ids]);
  };
}
