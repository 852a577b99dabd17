import type pg from 'pg';

import { SHAPE } from './shape';

/**
 * Session-local helpers (pg_temp, gone when the connection closes): readable deterministic ids
 * and a seeded hash for every "random" choice, so the same seed always yields the same rows,
 * whatever order or parallelism the server picks.
 */
export async function installHelpers(client: pg.Client): Promise<void> {
  await client.query(`
    CREATE FUNCTION pg_temp.bid(kind int, n bigint) RETURNS uuid IMMUTABLE LANGUAGE sql AS
      $$ SELECT (lpad(to_hex(kind), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;
    CREATE FUNCTION pg_temp.h(n bigint, salt int) RETURNS int IMMUTABLE LANGUAGE sql AS
      $$ SELECT (hashint8extended(n, ${SHAPE.seed} + salt) & 2147483647)::int $$;
  `);
  // Bulk loading: losing the last commits in a crash costs nothing here; sorts get room.
  await client.query(`SET synchronous_commit = off; SET work_mem = '128MB';
    SET maintenance_work_mem = '512MB'`);
  // Triggers off for this session (it is the superuser): the caseload-flag triggers (0012) would
  // update a patient row per generated tick, log and score. Flags stay at version 0 with no
  // cached rows, so the first caseload read computes them. Foreign keys are triggers too; the
  // generator builds consistent ids by construction.
  await client.query(`SET session_replication_role = replica`);
}

/** One statement per entry: a parameterised query cannot hold several. */
export type Statement = string | [sql: string, params: unknown[]];

/** Runs statements in order and prints the rows written and the seconds taken. */
export async function step(
  client: pg.Client,
  label: string,
  ...statements: Statement[]
): Promise<void> {
  const t0 = performance.now();
  let rows = 0;
  for (const s of statements) {
    const result = typeof s === 'string' ? await client.query(s) : await client.query(s[0], s[1]);
    rows += result.rowCount ?? 0;
  }
  logStep(label, rows, t0);
}

/** Prints a generation step's line: its label, the rows written and the seconds since `t0`. */
export function logStep(label: string, rows: number, t0: number): void {
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`  ${label.padEnd(30)} ${String(rows).padStart(9)} rows ${seconds.padStart(6)} s`);
}
