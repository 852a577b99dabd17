import type pg from 'pg';

import { step } from './sql-helpers';

/** The tables the bulk load fills; everything else is small. */
export const BULK_TABLES = [
  'appointments',
  'appointment_allocations',
  'encounters',
  'diagnoses',
  'plans',
  'intakes',
  'questionnaire_responses',
  'exercise_logs',
  'pain_logs',
  'follow_up_requests',
  'audit_log',
];

interface Definition {
  tbl: string;
  name: string;
  def: string;
}

/**
 * Loads with the big tables' secondary indexes, foreign keys and exclusion constraints dropped,
 * then puts back exactly what the migrations created. Building an index once is far faster than
 * maintaining it row by row, and re-adding a constraint re-checks every row, so the generated
 * data is still proven valid (no overlapping allocations, no dangling keys).
 */
export async function withDeferredIndexes(
  client: pg.Client,
  load: () => Promise<void>,
): Promise<void> {
  const constraints = await client.query<Definition>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
     FROM pg_constraint WHERE conrelid = ANY($1::regclass[]) AND contype IN ('f', 'x', 'u')
     ORDER BY contype DESC, conname`,
    [BULK_TABLES],
  );
  const indexes = await client.query<Definition>(
    `SELECT indrelid::regclass::text AS tbl, indexrelid::regclass::text AS name,
       pg_get_indexdef(indexrelid) AS def
     FROM pg_index WHERE indrelid = ANY($1::regclass[]) AND NOT indisprimary
       AND indexrelid NOT IN (SELECT conindid FROM pg_constraint WHERE contype IN ('p', 'u', 'x'))`,
    [BULK_TABLES],
  );
  for (const c of constraints.rows)
    await client.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes.rows) await client.query(`DROP INDEX ${i.name}`);
  await load();
  await step(client, `indexes (${indexes.rows.length})`, ...indexes.rows.map((i) => i.def));
  await step(
    client,
    `constraints (${constraints.rows.length})`,
    ...constraints.rows.map((c) => `ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.name}" ${c.def}`),
  );
}
