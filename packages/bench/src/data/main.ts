/**
 * `pnpm bench:data`: drops and regenerates the bench database (a synthetic clinic group, issue
 * 9) on the PostgreSQL server, server-side with INSERT … SELECT over generate_series.
 */
import pg from 'pg';

import { seedExerciseLibrary } from '@stride/api';
import { hashPassword } from '@stride/auth';
import { createDatabase } from '@stride/db';

import { anchorMonday, benchDatabase, benchDatabaseUrl, serverUrl } from '../env';
import { fillCaseloadFlags } from './caseload-flags';
import { generateAudit, generateClinical } from './clinical-steps';
import { withDeferredIndexes } from './deferred-indexes';
import { loadFixtures } from './fixtures';
import { generateOrganisation } from './org-steps';
import { generateAppointments } from './schedule-steps';
import { BENCH_PASSWORD } from './shape';
import { installHelpers, step } from './sql-helpers';

const started = performance.now();
const anchor = anchorMonday();
console.log(`Generating ${benchDatabase} (anchor Monday ${anchor})`);

const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${benchDatabase} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${benchDatabase}`);
await admin.end();

const handle = await createDatabase({ kind: 'postgres', url: benchDatabaseUrl });
await handle.migrate();
await seedExerciseLibrary(handle.db);
await handle.close();

const client = new pg.Client({ connectionString: benchDatabaseUrl });
await client.connect();
try {
  await installHelpers(client);
  const fixtures = loadFixtures(anchor);
  await generateOrganisation(client, await hashPassword(BENCH_PASSWORD), anchor);
  await withDeferredIndexes(client, async () => {
    await generateAppointments(client, anchor);
    await generateClinical(client, fixtures);
    await generateAudit(client);
  });
  // What autovacuum does after a bulk insert (PostgreSQL 13+ vacuums insert-only tables too):
  // statistics, and the visibility map that lets the report's covering indexes answer alone.
  // These machines run with autovacuum off, so the load does it itself.
  await step(client, 'vacuum + analyze', 'VACUUM (ANALYZE)');
  // After the statistics, so that each caseload is read with the plans the app would use.
  await fillCaseloadFlags(client);
  await step(client, 'vacuum + analyze flags', 'VACUUM (ANALYZE) caseload_flags');
  const counts = await client.query<{ t: string; n: string }>(
    `SELECT relname AS t, n_live_tup AS n FROM pg_stat_user_tables
     WHERE schemaname = 'public' AND n_live_tup > 0 ORDER BY n_live_tup DESC`,
  );
  for (const r of counts.rows) console.log(`  ${r.t.padEnd(30)} ${r.n.padStart(9)}`);
} finally {
  await client.end();
}
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
