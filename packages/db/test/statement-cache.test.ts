import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../src';
import { rawRows } from '../src';
import { cacheStatements } from '../src/statement-cache';
import { createTestDatabase, integrationKinds } from '../src/testing';

// Only PostgreSQL has a pool whose connections keep prepared statements; PGlite is one session.
const kinds = (await integrationKinds()).filter((k) => k === 'postgres');

describe.each(kinds)('the statement cache on %s', (kind) => {
  let handle: DatabaseHandle & { url?: string };
  let pool: pg.Pool;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    // One connection, so every call below meets the statements the earlier ones prepared.
    pool = new pg.Pool({ connectionString: handle.url, max: 1 });
    cacheStatements(pool, 3);
  });
  afterAll(async () => {
    await pool?.end();
    await handle?.close();
  });

  const prepared = async () =>
    (
      await pool.query<{ statement: string }>(
        'select statement from pg_prepared_statements order by prepare_time, statement',
      )
    ).rows.map((r) => r.statement);

  it('prepares a parameterised statement once per connection and answers every call', async () => {
    const text = 'select $1::int + 1 as n';
    for (const n of [1, 2, 3]) expect((await pool.query(text, [n])).rows).toEqual([{ n: n + 1 }]);
    const config = { text: 'select $1::text as s', values: ['config'] };
    expect((await pool.query(config)).rows).toEqual([{ s: 'config' }]);
    expect((await pool.query(config)).rows).toEqual([{ s: 'config' }]);
    expect(await prepared()).toEqual([text, config.text]);
  });

  it('leaves statements without parameters unnamed, so several may share a text', async () => {
    const res = (await pool.query('select 1 as a; select 2 as b')) as unknown as pg.QueryResult[];
    expect(res.map((r): unknown => r.rows)).toEqual([[{ a: 1 }], [{ b: 2 }]]);
    expect(await prepared()).not.toContain('select 1 as a; select 2 as b');
  });

  it('names no more than its limit of texts; the rest still run, unnamed', async () => {
    for (const n of [1, 2, 3]) {
      const text = `select $1::int * ${n} as n`;
      expect((await pool.query(text, [2])).rows).toEqual([{ n: 2 * n }]);
    }
    // Two were named in the first test; the limit (3) leaves room for one more.
    const named = await prepared();
    expect(named).toHaveLength(3);
    expect(named).toContain('select $1::int * 1 as n');
    expect(named).not.toContain('select $1::int * 2 as n');
  });

  it('keeps working after a named statement fails, with the same text and others', async () => {
    const text = 'select $1::uuid as id';
    await expect(pool.query(text, ['not a uuid'])).rejects.toThrow(/uuid/);
    const id = '11111111-2222-4333-8444-555555555555';
    expect((await pool.query(text, [id])).rows).toEqual([{ id }]);
    expect((await pool.query('select $1::int + 1 as n', [41])).rows).toEqual([{ n: 42 }]);
  });

  it('is what createDatabase gives the app: drizzle queries are prepared on its connections', async () => {
    const read = (n: number) =>
      rawRows<{ n: number }>(handle.db, sql`select ${n}::int as n, 'statement-cache-probe' as t`);
    for (const n of [1, 2]) expect(await read(n)).toEqual([{ n, t: 'statement-cache-probe' }]);
    const rows = await rawRows<{ statement: string }>(
      handle.db,
      sql`select statement from pg_prepared_statements where statement like ${'%statement-cache-probe%'} and statement not like ${'%pg_prepared_statements%'}`,
    );
    // Pooled: the two calls may have met different connections, each preparing it once.
    expect(rows.length).toBeGreaterThanOrEqual(1);
  });
});
