import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database, DatabaseHandle } from '../src';
import { APP_DATABASE_ROLE, sessionTenant, setTenant } from '../src';
import { authSessions, organizations, patients } from '../src/schema';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
} from '../src/testing';

const kinds = await integrationKinds();

/** Runs `work` as the app's role, with an organisation set or (null) none. */
function asApp<T>(
  db: Database,
  organizationId: string | null,
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local role ${APP_DATABASE_ROLE}`));
    if (organizationId) await setTenant(tx, { organizationId });
    return work(tx);
  });
}

/** The database's own message under Drizzle's "Failed query" wrapper. */
async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    return cause instanceof Error ? cause.message : String(error);
  }
  return 'no error';
}

describe.each(kinds)('row-level security under the app role on %s', (kind) => {
  let handle: DatabaseHandle;
  const org = { a: '', b: '' };
  const patient = { a: '', b: '' };
  let sessionB = '';
  beforeAll(async () => {
    // One connection, so the "next transaction" below is really the same session.
    handle = await createTestDatabase(kind, { maxConnections: 1 });
    for (const side of ['a', 'b'] as const) {
      org[side] = (await makeOrganization(handle.db)).id;
      const loc = await makeLocation(handle.db, org[side]);
      patient[side] = (await makePatient(handle.db, org[side], { homeLocationId: loc.id })).id;
    }
    const member = await makeMember(handle.db, org.b, 'clinician', { allLocations: true });
    const [row] = await handle.db
      .insert(authSessions)
      .values({
        userId: member.id,
        organizationId: org.b,
        createdAt: new Date(),
        lastSeenAt: new Date(),
        expiresAt: new Date(Date.now() + 3_600_000),
      })
      .returning({ id: authSessions.id });
    sessionB = row?.id ?? '';
  }, 60_000);
  afterAll(async () => handle.close());

  const allPatientIds = (db: Database) =>
    db
      .select({ id: patients.id })
      .from(patients)
      .then((rows) => rows.map((r) => r.id));

  it('a query that forgets the organisation filter still reads only that organisation', async () => {
    expect(await asApp(handle.db, org.a, allPatientIds)).toEqual([patient.a]);
    // The owner (a superuser here, as on PGlite) is not held to the policies: the same query
    // sees both, which is why the app must never connect as the owner.
    expect((await allPatientIds(handle.db)).sort()).toEqual([patient.a, patient.b].sort());
  });

  it('reads nothing at all when no organisation is set', async () => {
    expect(await asApp(handle.db, null, allPatientIds)).toEqual([]);
    expect(await asApp(handle.db, null, (tx) => tx.select().from(organizations))).toEqual([]);
  });

  it('refuses to write into another organisation', async () => {
    const moved = await asApp(handle.db, org.a, (tx) =>
      tx
        .update(patients)
        .set({ givenName: 'Moved' })
        .where(eq(patients.id, patient.b))
        .returning({ id: patients.id }),
    );
    expect(moved).toEqual([]);
    const inserted = asApp(handle.db, org.a, (tx) =>
      tx.insert(patients).values({
        organizationId: org.b,
        givenName: 'Planted',
        familyName: 'Row',
        sex: 'female',
        dateOfBirth: '1990-01-01',
        homeLocationId: patient.b,
      }),
    );
    expect(await refusal(inserted)).toMatch(/row-level security/);
  });

  it('keeps the organisation for one transaction only', async () => {
    expect(await asApp(handle.db, org.a, allPatientIds)).toEqual([patient.a]);
    expect(await asApp(handle.db, null, allPatientIds)).toEqual([]);
  });

  it('finds a session only through the narrow lookup before an organisation is known', async () => {
    expect(await asApp(handle.db, null, (tx) => tx.select().from(authSessions))).toEqual([]);
    const tenant = await asApp(handle.db, null, (tx) => sessionTenant(tx, sessionB));
    expect(tenant?.organizationId).toBe(org.b);
  });
});
