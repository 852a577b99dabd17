import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import {
  authenticate,
  createAuthSession,
  hashPassword,
  loadViewer,
  revokeAuthSession,
} from '@stride/auth';
import { APP_DATABASE_ROLE, createDatabase, schema } from '@stride/db';
import {
  createTestDatabase,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
  postgresAvailable,
} from '@stride/db/testing';

import { createContext } from '../src';
import { authedProcedure, createCallerFactory, createTRPCRouter } from '../src/trpc';
import { TEST_NOW, viewerFor } from './helpers';

// Only the real server runs the app as a role the policies bind (see ARCHITECTURE.md on PGlite).
const onServer = await postgresAvailable();
const noJobs = { send: () => Promise.reject(new Error('no jobs here')) };

/** A procedure written as a bug would be: no organisation filter at all. */
const forgetful = createTRPCRouter({
  allPatients: authedProcedure.query(({ ctx }) =>
    ctx.db
      .select({ id: schema.patients.id })
      .from(schema.patients)
      .then((rows) => rows.map((r) => r.id).sort()),
  ),
});
const callForgetful = createCallerFactory(forgetful);

describe.runIf(onServer)('the request path as the app role on postgres', () => {
  let owner: DatabaseHandle & { url?: string };
  let app: DatabaseHandle;
  const orgs: { id: string; name: string }[] = [];
  const patientIds: string[] = [];
  let member = { id: '', name: '', email: '', role: 'clinician' as const };

  beforeAll(async () => {
    owner = await createTestDatabase('postgres');
    for (const name of ['Own Clinic', 'Other Clinic']) {
      const org = await makeOrganization(owner.db, name);
      const loc = await makeLocation(owner.db, org.id);
      orgs.push(org);
      patientIds.push((await makePatient(owner.db, org.id, { homeLocationId: loc.id })).id);
    }
    const passwordHash = await hashPassword('a-long-test-password');
    member = {
      ...(await makeMember(owner.db, orgs[0]?.id ?? '', 'clinician', { passwordHash })),
      role: 'clinician',
    };
    // Same database, connected the way the server is: as the app's role.
    const url = new URL(owner.url ?? '');
    url.searchParams.set('options', `-c role=${APP_DATABASE_ROLE}`);
    app = await createDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 2 });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await owner.close();
  });

  const asMember = (db: DatabaseHandle['db']) =>
    callForgetful(
      createContext({
        db,
        jobs: noJobs,
        viewer: viewerFor(member, orgs[0] ?? { id: '', name: '' }, 'all'),
        now: () => TEST_NOW,
      }),
    );

  it('an authed call that forgets the organisation filter reads only its own organisation', async () => {
    expect(await asMember(app.db).allPatients()).toEqual([patientIds[0]]);
    // The same call on the owner's connection (a superuser) sees both: the filter is RLS's.
    expect(await asMember(owner.db).allPatients()).toEqual([...patientIds].sort());
  });

  it('signs in, loads the viewer and signs out through the narrow lookups alone', async () => {
    const signedIn = await authenticate(app.db, {
      email: member.email,
      password: 'a-long-test-password',
      now: TEST_NOW,
    });
    if (!signedIn.ok) throw new Error(`sign-in refused: ${signedIn.reason}`);
    expect(signedIn.organizationId).toBe(orgs[0]?.id);
    const sessionId = await createAuthSession(app.db, { ...signedIn, now: TEST_NOW });
    const viewer = await loadViewer(app.db, sessionId, TEST_NOW);
    expect(viewer).toMatchObject({ userId: member.id, organizationName: 'Own Clinic' });
    await revokeAuthSession(app.db, sessionId, TEST_NOW);
    expect(await loadViewer(app.db, sessionId, TEST_NOW)).toBeNull();
  });
});
