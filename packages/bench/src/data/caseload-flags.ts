import type pg from 'pg';
import { randomUUID } from 'node:crypto';

import type { JobQueue } from '@stride/api';
import { appRouter, createContext } from '@stride/api';
import { createDatabase } from '@stride/db';

import { benchDatabaseUrl } from '../env';
import { logStep } from './sql-helpers';

/** Clinicians between statistics updates of the growing flag table. */
const ANALYZE_EVERY = 20;

/** The caseload reads nothing into the job queue; a send here would be a bug in this step. */
const noJobs: JobQueue = {
  send: () => Promise.reject(new Error('opening a caseload queued a job')),
};

/**
 * Every clinician's cached caseload flags, as a day of use leaves them: each clinician's
 * caseload is opened once through the API, which computes and stores their patients' flags.
 * The bulk load runs with triggers off and writes no flag rows, so without this step only the
 * benched clinician's 500 rows would exist and the caseload statement would join a 500-row
 * table instead of one holding every patient (measured: 1.45 ms against 2.27 ms a statement).
 */
export async function fillCaseloadFlags(client: pg.Client): Promise<void> {
  const t0 = performance.now();
  const clinicians = await client.query<{
    organization_id: string;
    organization_name: string;
    user_id: string;
    location_ids: string[];
  }>(
    `SELECT m.organization_id, o.name AS organization_name, m.user_id,
            array_agg(ml.location_id ORDER BY ml.location_id)::text[] AS location_ids
     FROM memberships m
     JOIN organizations o ON o.id = m.organization_id
     JOIN membership_locations ml
       ON ml.organization_id = m.organization_id AND ml.user_id = m.user_id
     WHERE m.role = 'clinician' AND m.active
     GROUP BY m.organization_id, o.name, m.user_id
     ORDER BY m.user_id`,
  );
  const handle = await createDatabase({ kind: 'postgres', url: benchDatabaseUrl });
  let patients = 0;
  let done = 0;
  try {
    for (const c of clinicians.rows) {
      const caller = appRouter.createCaller(
        createContext({
          db: handle.db,
          // The clinician as a session would show them; no session row is needed to call in.
          viewer: {
            sessionId: randomUUID(),
            userId: c.user_id,
            name: 'bench clinician',
            email: 'bench@bench.example',
            organizationId: c.organization_id,
            organizationName: c.organization_name,
            role: 'clinician',
            locationIds: c.location_ids,
          },
          jobs: noJobs,
        }),
      );
      patients += (await caller.caseload.list({})).total;
      // What autovacuum's analyze does as a table grows (it is off on these machines): without
      // it, the caseload's cached generic plan, made while the table was nearly empty, kept
      // scanning all of it as it grew: 1,206 s for the step here, against 28 s with it.
      if (++done % ANALYZE_EVERY === 0) await client.query('ANALYZE caseload_flags');
    }
  } finally {
    await handle.close();
  }
  const rows = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM caseload_flags`);
  if (Number(rows.rows[0]?.n) !== patients)
    throw new Error(
      `caseload_flags holds ${rows.rows[0]?.n ?? 0} rows for ${patients} patients in caseloads`,
    );
  logStep('caseload flags', patients, t0);
}
