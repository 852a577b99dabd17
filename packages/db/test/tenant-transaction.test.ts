import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { Database, DatabaseHandle } from '../src';
import { BEGIN_WITH, inTenant, rawRows, sendWithNextStatement } from '../src';
import { organizations } from '../src/schema';
import { createTestDatabase, integrationKinds, makeOrganization } from '../src/testing';

const kinds = await integrationKinds();
// Every statement node-postgres sends, counted (round trips): spied on before any connection is
// made, since the statement cache binds each connection's query method when it connects.
const sent = vi.spyOn(pg.Client.prototype, 'query');

const settings = async (db: Database) => {
  const [row] = await rawRows<{ org: string | null; user_id: string | null }>(
    db,
    sql`select current_setting('stride.organization_id', true) as org,
               current_setting('stride.user_id', true) as user_id`,
  );
  return row;
};

describe.each(kinds)('inTenant transactions on %s', (kind) => {
  let handle: DatabaseHandle;
  let org = '';
  const user = '11111111-2222-4333-8444-555555555555';
  beforeAll(async () => {
    // Two connections: a client leaked by a failed transaction would starve the pool quickly.
    handle = await createTestDatabase(kind, { maxConnections: 2 });
    org = (await makeOrganization(handle.db)).id;
  });
  afterAll(() => handle.close());

  it('takes the one-round-trip BEGIN on PostgreSQL only, and never inside a transaction', async () => {
    expect(BEGIN_WITH in handle.db).toBe(kind === 'postgres');
    const nested = await inTenant(handle.db, { organizationId: org }, (tx) =>
      Promise.resolve(BEGIN_WITH in tx),
    );
    expect(nested).toBe(false);
  });

  it('finds the one-round-trip BEGIN from another copy of this module, as a bundled server has', async () => {
    vi.resetModules();
    const copy = await import('../src');
    expect(copy.BEGIN_WITH).toBe(BEGIN_WITH);
    expect(BEGIN_WITH in handle.db).toBe(kind === 'postgres');
  });

  it('takes a connection only once the work sends a statement', async () => {
    // Both connections of the pool held by transactions that have sent a statement…
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holders = [1, 2].map(() =>
      inTenant(handle.db, { organizationId: org }, async (tx) => {
        await settings(tx);
        await held;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    // …work that answers without the database still finishes at once on PostgreSQL; a pool
    // connection taken up front would have waited for one of them.
    const answer = await Promise.race([
      inTenant(handle.db, { organizationId: org }, () => Promise.resolve('from memory')),
      new Promise((resolve) => setTimeout(() => resolve('waited'), 1_000)),
    ]);
    release();
    await Promise.all(holders);
    // (PGlite is one connection that runs one transaction at a time: there it waits, rightly.)
    expect(answer).toBe(kind === 'postgres' ? 'from memory' : 'waited');
    // And a transaction that starts late still runs with the organisation set.
    const late = await inTenant(handle.db, { organizationId: org, userId: user }, async (tx) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return settings(tx);
    });
    expect(late).toMatchObject({ org, user_id: user });
  });

  it('sets the organisation and user for the transaction only', async () => {
    const inside = await inTenant(handle.db, { organizationId: org, userId: user }, settings);
    expect(inside).toMatchObject({ org, user_id: user });
    const noUser = await inTenant(handle.db, { organizationId: org }, settings);
    expect(noUser).toMatchObject({ org, user_id: '' });
    const after = await handle.db.transaction(settings);
    expect(after?.org ?? '').toBe('');
  });

  it('commits what the work wrote and rolls all of it back when the work throws', async () => {
    await inTenant(handle.db, { organizationId: org }, (tx) =>
      tx.update(organizations).set({ name: 'Committed' }).where(eq(organizations.id, org)),
    );
    await expect(
      inTenant(handle.db, { organizationId: org }, async (tx) => {
        await tx
          .update(organizations)
          .set({ name: 'Rolled back' })
          .where(eq(organizations.id, org));
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    const [row] = await handle.db
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, org));
    expect(row?.name).toBe('Committed');
  });

  it('nests as a savepoint: an inner failure undoes only the inner work', async () => {
    await inTenant(handle.db, { organizationId: org }, async (tx) => {
      await tx.update(organizations).set({ name: 'Outer' }).where(eq(organizations.id, org));
      await expect(
        inTenant(tx, { organizationId: org }, async (inner) => {
          await inner.update(organizations).set({ name: 'Inner' }).where(eq(organizations.id, org));
          throw new Error('inner failed');
        }),
      ).rejects.toThrow('inner failed');
    });
    const [row] = await handle.db
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, org));
    expect(row?.name).toBe('Outer');
  });

  it('gives every connection back, after failures too', async () => {
    const calls = Array.from({ length: 24 }, (_, i) =>
      inTenant(handle.db, { organizationId: org }, async (tx) => {
        await tx.execute(sql`select 1`);
        if (i % 2) throw new Error(`call ${i} failed`);
        return i;
      }).catch(() => -1),
    );
    const results = await Promise.all(calls);
    expect(results.filter((r) => r >= 0)).toHaveLength(12);
  });

  it('refuses to inline anything that is not a uuid, and still sets it safely', async () => {
    const odd = "x'); select pg_sleep(10); --";
    const inside = await inTenant(handle.db, { organizationId: odd }, settings);
    expect(inside?.org).toBe(odd);
  });

  describe('a first statement with values, sent with the BEGIN', () => {
    const probe = (db: Database, values: { text: string; at: Date; ids: string[] }) =>
      rawRows<Record<string, unknown>>(
        db,
        sql`select ${values.text}::text as text, ${values.at}::timestamptz as at,
                   ${sql.param(values.ids)}::uuid[] as ids, ${JSON.stringify({ a: [1, 'b'] })}::jsonb as doc,
                   ${null}::text as nothing, ${42}::int as n, ${true}::boolean as yes,
                   current_setting('stride.organization_id', true) as org`,
      );
    const values = {
      text: "O'Brien \\ $1 '); drop table organizations; --",
      at: new Date('2026-03-29T01:30:00.000Z'),
      ids: [user, '22222222-3333-4444-8555-666666666666'],
    };
    const roundTrips = async (work: (tx: Database) => Promise<unknown>) => {
      // Both connections of the pool have prepared the statement by the third call.
      for (let i = 0; i < 3; i++) await inTenant(handle.db, { organizationId: org }, work);
      sent.mockClear();
      await inTenant(handle.db, { organizationId: org }, work);
      return sent.mock.calls.length;
    };

    it('costs the BEGIN no round trip of its own on PostgreSQL, and answers as before', async () => {
      const folded = await inTenant(handle.db, { organizationId: org }, (tx) => probe(tx, values));
      // The same statement on the ordinary path: outside a tenant transaction.
      const plain = await handle.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('stride.organization_id', ${org}, true)`);
        return probe(tx, values);
      });
      expect(folded).toEqual(plain);
      expect(folded[0]).toMatchObject({ text: values.text, org, n: 42, yes: true, nothing: null });
      // BEGIN, settings and the statement in one round trip; the COMMIT in another.
      expect(await roundTrips((tx) => probe(tx, values))).toBe(kind === 'postgres' ? 2 : 0);
    });

    it('answers a query builder as it asks (rows as arrays, mapped back to fields)', async () => {
      const read = (tx: Database) =>
        tx
          .select({ id: organizations.id, name: organizations.name })
          .from(organizations)
          .where(eq(organizations.id, org));
      const [row] = await inTenant(handle.db, { organizationId: org }, read);
      expect(row?.id).toBe(org);
      expect(typeof row?.name).toBe('string');
      expect(await roundTrips(read)).toBe(kind === 'postgres' ? 2 : 0);
    });

    it('fails the call when it fails, keeps nothing, and gives the connection back', async () => {
      const [before] = await handle.db
        .select({ name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, org));
      for (let i = 0; i < 4; i++) {
        await expect(
          inTenant(handle.db, { organizationId: org }, async (tx) => {
            await tx.execute(sql`select 1 / ${0}::int`);
          }),
        ).rejects.toMatchObject({ cause: { code: '22012' } });
        // A write, then a statement that fails: the write is rolled back with it.
        await expect(
          inTenant(handle.db, { organizationId: org }, async (tx) => {
            await tx.update(organizations).set({ name: 'Lost' }).where(eq(organizations.id, org));
            await tx.execute(sql`select 1 / ${0}::int`);
          }),
        ).rejects.toThrow();
      }
      const [after] = await handle.db
        .select({ name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, org));
      expect(after?.name).toBe(before?.name);
      // Two connections, eight failures: none was left mid-transaction or kept from the pool.
      expect(await inTenant(handle.db, { organizationId: org }, settings)).toMatchObject({ org });
    });

    it('fails a statement PostgreSQL cannot prepare as it always did, and goes on', async () => {
      await expect(
        inTenant(handle.db, { organizationId: org }, (tx) =>
          tx.execute(sql`select * from no_such_table where id = ${org}`),
        ),
      ).rejects.toMatchObject({ cause: { code: '42P01' } });
      expect(await inTenant(handle.db, { organizationId: org }, settings)).toMatchObject({ org });
    });

    it('takes the ordinary path for what it cannot inline (a NUL fails as it always did)', async () => {
      await expect(
        inTenant(handle.db, { organizationId: org }, (tx) =>
          tx.execute(sql`select ${'a\0b'}::text`),
        ),
      ).rejects.toThrow();
      const bytes = await inTenant(handle.db, { organizationId: org }, (tx) =>
        rawRows<{ n: number }>(tx, sql`select length(${Buffer.from([0, 1, 2])}::bytea) as n`),
      );
      expect(bytes[0]?.n).toBe(3);
    });
  });

  describe('a statement sent with the next one (audit rows)', () => {
    const nameOf = async () => {
      const [row] = await handle.db
        .select({ name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, org));
      return row?.name;
    };
    const rename = (db: Database, name: unknown) =>
      sendWithNextStatement(
        db,
        sql`update ${organizations} set name = ${name} where ${organizations.id} = ${org}`,
      );

    it('travels with the COMMIT on PostgreSQL: one round trip fewer, and committed', async () => {
      sent.mockClear();
      await inTenant(handle.db, { organizationId: org }, async (tx) => {
        await settings(tx);
        await rename(tx, 'Held then committed');
      });
      // BEGIN with the settings, the read, then the update and COMMIT together.
      expect(sent.mock.calls.length).toBe(kind === 'postgres' ? 3 : 0);
      expect(await nameOf()).toBe('Held then committed');
    });

    it('holds drizzle savepoints too: a nested transaction and its audit row ride with others', async () => {
      const count = async (work: (tx: Database) => Promise<unknown>) => {
        sent.mockClear();
        await inTenant(handle.db, { organizationId: org }, work);
        return sent.mock.calls.length;
      };
      const pgOnly = (n: number) => (kind === 'postgres' ? n : 0);
      const nestedWork = async (tx: Database) => {
        await settings(tx);
        await tx.transaction(async (sp) => {
          await sp.update(organizations).set({ name: 'Nested' }).where(eq(organizations.id, org));
          await rename(sp, 'Nested, then audited');
        });
      };
      // The first time on a connection, SAVEPOINT goes with the update's PREPARE (was 7 in all).
      await inTenant(handle.db, { organizationId: org }, nestedWork);
      await inTenant(handle.db, { organizationId: org }, nestedWork);
      // Then: BEGIN, the read, SAVEPOINT with the update, the row with RELEASE and COMMIT.
      expect(await count(nestedWork)).toBe(pgOnly(4));
      expect(await nameOf()).toBe('Nested, then audited');
      // A savepoint first rides with the BEGIN, its RELEASE with the COMMIT (was 5).
      expect(await count((tx) => tx.transaction((sp) => settings(sp)))).toBe(pgOnly(3));
      // Savepoints around no statement at all take no connection.
      expect(await count((tx) => tx.transaction(() => Promise.resolve('from memory')))).toBe(0);
      // An audit row alone begins, with the row, and commits (two, not three).
      expect(await count((tx) => rename(tx, 'Audited alone'))).toBe(pgOnly(2));
      expect(await nameOf()).toBe('Audited alone');
    });

    it('rolls a failed nested transaction back to its savepoint before what follows', async () => {
      await inTenant(handle.db, { organizationId: org }, async (tx) => {
        await rename(tx, 'Kept');
        await expect(
          tx.transaction(async (sp) => {
            await sp.update(organizations).set({ name: 'Undone' }).where(eq(organizations.id, org));
            await sp.execute(sql`select 1 / 0`);
          }),
        ).rejects.toThrow();
        // The transaction works again, and sees the savepoint's work undone.
        const [row] = await tx
          .select({ name: organizations.name })
          .from(organizations)
          .where(eq(organizations.id, org));
        expect(row?.name).toBe('Kept');
      });
      expect(await nameOf()).toBe('Kept');
    });

    it('goes with a later statement in one round trip, and a failure there undoes the savepoint', async () => {
      const setName = (db: Database, name: string | null) =>
        db
          .update(organizations)
          .set({ name: name as string })
          .where(eq(organizations.id, org));
      const work = async (tx: Database, inner: string | null) => {
        await settings(tx);
        await rename(tx, 'Held before the savepoint');
        await tx
          .transaction((sp) => setName(sp, inner))
          .catch((error: unknown) => {
            expect(String((error as Error).cause ?? error)).toMatch(/null value in column "name"/);
          });
        const [row] = await tx
          .select({ name: organizations.name })
          .from(organizations)
          .where(eq(organizations.id, org));
        return row?.name;
      };
      // Prepared on the connection by the first call; the second folds (held row, SAVEPOINT
      // and the update as one query), and its NOT NULL failure rolls back to the savepoint only.
      expect(await inTenant(handle.db, { organizationId: org }, (tx) => work(tx, 'Inner'))).toBe(
        'Inner',
      );
      sent.mockClear();
      expect(await inTenant(handle.db, { organizationId: org }, (tx) => work(tx, null))).toBe(
        'Held before the savepoint',
      );
      // BEGIN; the read; row, SAVEPOINT and update; ROLLBACK TO with the read; COMMIT.
      expect(sent.mock.calls.length).toBe(kind === 'postgres' ? 5 : 0);
      expect(await nameOf()).toBe('Held before the savepoint');
    });

    it('is held in a transaction begun by another copy of this module, as a bundled server has', async () => {
      vi.resetModules();
      const copy = await import('../src');
      sent.mockClear();
      // The handle's copy begins the transaction; the other copy's services hold the row.
      await inTenant(handle.db, { organizationId: org }, async (tx) => {
        await settings(tx);
        await copy.sendWithNextStatement(
          tx,
          sql`update ${organizations} set name = ${'Held by another copy'} where ${organizations.id} = ${org}`,
        );
      });
      // As with this copy: BEGIN, the read, then the update with the COMMIT.
      expect(sent.mock.calls.length).toBe(kind === 'postgres' ? 3 : 0);
      expect(await nameOf()).toBe('Held by another copy');
    });

    it("runs before the work's next statement, which sees what it did", async () => {
      const seen = await inTenant(handle.db, { organizationId: org }, async (tx) => {
        await rename(tx, 'Seen by the next read');
        const [row] = await tx
          .select({ name: organizations.name })
          .from(organizations)
          .where(eq(organizations.id, org));
        return row?.name;
      });
      expect(seen).toBe('Seen by the next read');
    });

    it('fails the call when it fails, and nothing of the transaction is kept', async () => {
      await rename(handle.db, 'Before');
      await expect(
        inTenant(handle.db, { organizationId: org }, async (tx) => {
          await tx.update(organizations).set({ name: 'Lost' }).where(eq(organizations.id, org));
          // NOT NULL: refused by the database only when it finally runs.
          await rename(tx, null);
        }),
      ).rejects.toThrow();
      expect(await nameOf()).toBe('Before');
      // And the connection that failed is not handed to the next caller mid-transaction.
      await inTenant(handle.db, { organizationId: org }, (tx) => rename(tx, 'After'));
      expect(await nameOf()).toBe('After');
    });

    it('is undone with a savepoint that rolls back around it', async () => {
      await inTenant(handle.db, { organizationId: org }, async (tx) => {
        await rename(tx, 'Outer');
        await expect(
          inTenant(tx, { organizationId: org }, async (inner) => {
            await rename(inner, 'Inner');
            throw new Error('inner failed');
          }),
        ).rejects.toThrow('inner failed');
      });
      expect(await nameOf()).toBe('Outer');
    });

    it('keeps text exactly: quotes, backslashes and what looks like a parameter', async () => {
      const odd = "O'Brien \\ clinic $1 '); drop table organizations; --";
      await inTenant(handle.db, { organizationId: org }, (tx) => rename(tx, odd));
      expect(await nameOf()).toBe(odd);
    });

    it('runs at once what it cannot inline (a NUL fails as it always did)', async () => {
      await expect(
        inTenant(handle.db, { organizationId: org }, (tx) => rename(tx, 'a\0b')),
      ).rejects.toThrow();
      await inTenant(handle.db, { organizationId: org }, (tx) => rename(tx, 12));
      expect(await nameOf()).toBe('12');
      // A number is typed where it stands, as a parameter is: here as text, not an integer.
      await inTenant(handle.db, { organizationId: org }, (tx) =>
        sendWithNextStatement(
          tx,
          sql`update ${organizations} set name = right(${2026}, 2) where ${organizations.id} = ${org}`,
        ),
      );
      expect(await nameOf()).toBe('26');
    });
  });
});
