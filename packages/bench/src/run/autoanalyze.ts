import type pg from 'pg';

/**
 * Analyzes what autovacuum would have analyzed by now, when the server runs without it (these
 * machines' PostgreSQL has `autovacuum = off`; production must not). Caches the app fills on
 * first use, such as `caseload_flags`, were empty at the generator's ANALYZE: with those stats
 * the planner joins them by a filtered loop over every row (a 500-patient caseload read 125,000
 * pairs, 12 ms a request) instead of by key. Same rule as autovacuum's: more rows changed since
 * the last analyze than 50 plus a tenth of the table. Returns the tables it analyzed.
 */
export async function analyzeLikeAutovacuum(db: pg.Client): Promise<string[]> {
  const setting = await db.query<{ on: string }>(`SELECT current_setting('autovacuum') AS on`);
  if (setting.rows[0]?.on === 'on') return [];
  const due = await db.query<{ name: string }>(
    `SELECT format('%I.%I', t.schemaname, t.relname) AS name
       FROM pg_stat_user_tables t JOIN pg_class c ON c.oid = t.relid
      WHERE t.schemaname = 'public'
        AND t.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)`,
  );
  for (const { name } of due.rows) await db.query(`ANALYZE ${name}`);
  return due.rows.map((r) => r.name);
}
