import { sql, TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database, DatabaseHandle } from '../src';
import { APP_DATABASE_ROLE, rawRows } from '../src';
import { createTestDatabase, postgresAvailable } from '../src/testing';

// The catalogue is the same on PGlite, but only the real server runs the app as a non-owner
// role, so this is where the promise is checked.
const onServer = await postgresAvailable();

interface TableRls {
  table: string;
  enabled: boolean;
  forced: boolean;
  /** Policies that compare against the organisation set for the transaction. */
  tenantPolicies: number;
}

/** Every tenant table (an organization_id column, or the organisations themselves) and its RLS. */
async function tenantTables(db: Database): Promise<TableRls[]> {
  return rawRows<TableRls & Record<string, unknown>>(
    db,
    sql`select c.relname as "table", c.relrowsecurity as "enabled",
               c.relforcerowsecurity as "forced",
               (select count(*)::int from pg_policy p where p.polrelid = c.oid
                  and pg_get_expr(p.polqual, p.polrelid) like '%stride_organization_id()%'
                  and pg_get_expr(p.polwithcheck, p.polrelid) like '%stride_organization_id()%'
               ) as "tenantPolicies"
        from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
          and (c.relname = 'organizations' or exists (
            select 1 from pg_attribute a
            where a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped))
        order by 1`,
  );
}

const unprotected = (tables: TableRls[]) =>
  tables.filter((t) => !t.enabled || !t.forced || t.tenantPolicies === 0).map((t) => t.table);

/** The check's verdict with `ddl` applied, as a careless migration would; rolled back after. */
async function verdictWith(db: Database, ddl: string[]): Promise<string[]> {
  let verdict: string[] = [];
  await db
    .transaction(async (tx) => {
      for (const statement of ddl) await tx.execute(sql.raw(statement));
      verdict = unprotected(await tenantTables(tx));
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof TransactionRollbackError)) throw error;
    });
  return verdict;
}

describe.runIf(onServer)('row-level security catalogue on postgres', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase('postgres', { maxConnections: 1 });
  }, 60_000);
  afterAll(async () => handle.close());

  it('has RLS enabled, forced and an organisation policy on every tenant table', async () => {
    const tables = await tenantTables(handle.db);
    expect(tables.length).toBeGreaterThan(30);
    expect(tables.map((t) => t.table)).toEqual(
      expect.arrayContaining(['organizations', 'patients', 'auth_sessions', 'audit_log']),
    );
    expect(unprotected(tables)).toEqual([]);
  });

  it('catches a tenant table without RLS, without a policy, or not forced', async () => {
    const table = 'create table rls_probe (organization_id uuid)';
    const enable = 'alter table rls_probe enable row level security';
    const force = 'alter table rls_probe force row level security';
    const policy = `create policy tenant_isolation on rls_probe
      using (organization_id = stride_organization_id())
      with check (organization_id = stride_organization_id())`;
    expect(await verdictWith(handle.db, [table])).toEqual(['rls_probe']);
    expect(await verdictWith(handle.db, [table, enable, force])).toEqual(['rls_probe']);
    expect(await verdictWith(handle.db, [table, enable, policy])).toEqual(['rls_probe']);
    expect(await verdictWith(handle.db, [table, enable, force, policy])).toEqual([]);
  });

  it('gives the app a role that is neither superuser, nor RLS-exempt, nor owner', async () => {
    const [role] = await rawRows<{ rolsuper: boolean; rolbypassrls: boolean; owns: number }>(
      handle.db,
      sql`select r.rolsuper, r.rolbypassrls,
                 (select count(*)::int from pg_class c
                  where c.relowner = r.oid and c.relnamespace = 'public'::regnamespace) as owns
          from pg_roles r where r.rolname = ${APP_DATABASE_ROLE}`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, owns: 0 });
  });
});
