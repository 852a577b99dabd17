import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import {
  createAuthSession,
  revokeAuthSession,
  SESSION_MAX_AGE_SECONDS,
  SESSION_TOUCH_INTERVAL_SECONDS,
} from '@stride/auth';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
} from '@stride/db/testing';

import { cachedViewer, createCaller, createContext, VIEWER_CACHE, ViewerCache } from '../src';
import { testEnv, until, viewerFor } from './helpers';

// Who is calling, remembered per session (viewer-cache.ts, migration 0019): served while the
// session, membership and names it was made from are unchanged and the session needs no touch,
// forgotten at once on every change that could alter the answer or end the session.
const kinds = await integrationKinds();

const T0 = new Date('2026-12-07T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(kinds)('the remembered viewer on %s', (kind) => {
  let handle: DatabaseHandle;
  let cache: ViewerCache;
  let env: Awaited<ReturnType<typeof testEnv>>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    cache = await ViewerCache.start(handle.listen);
  }, 60_000);
  afterAll(async () => {
    await cache?.stop();
    await env?.stop();
    await handle?.close();
  });

  /** A member of a fresh organisation, signed in at T0. */
  async function signedIn(role: 'clinician' | 'patient' = 'clinician') {
    const db = handle.db;
    const org = await makeOrganization(db);
    const loc = await makeLocation(db, org.id);
    const other = await makeLocation(db, org.id);
    const admin = await makeMember(db, org.id, 'admin', { allLocations: true });
    const member = await makeMember(db, org.id, role, { locationIds: [loc.id] });
    const sessionId = await createAuthSession(db, {
      userId: member.id,
      organizationId: org.id,
      role,
      now: T0,
    });
    return { org, loc, other, admin, member, sessionId };
  }
  const view = (sessionId: string, now = T0) => cachedViewer(handle.db, cache, sessionId, now);
  /** Whether the next lookup is answered from memory, without asking the database. */
  const remembered = (sessionId: string, now = T0) =>
    cache.get(sessionId, now.getTime()) !== undefined;
  const lastSeen = async (sessionId: string) => {
    const [row] = await handle.db
      .select({ at: schema.authSessions.lastSeenAt })
      .from(schema.authSessions)
      .where(eq(schema.authSessions.id, sessionId));
    return row?.at.toISOString();
  };

  it('answers again from memory, the same as the database, and freezes what it shares', async () => {
    const { org, member, loc, sessionId } = await signedIn();
    const first = await view(sessionId);
    expect(first).toMatchObject({
      sessionId,
      userId: member.id,
      organizationId: org.id,
      role: 'clinician',
      locationIds: [loc.id],
    });
    expect(remembered(sessionId)).toBe(true);
    const hits = cache.stats.hits;
    expect(await view(sessionId, at(30_000))).toEqual(first);
    expect(cache.stats.hits).toBe(hits + 1);
    expect(Object.isFrozen(await view(sessionId))).toBe(true);
    expect(Object.isFrozen(first?.locationIds)).toBe(true);
  });

  it('asks the database again when the session is due a touch, so last-seen is still written', async () => {
    const { sessionId } = await signedIn();
    const touchMs = SESSION_TOUCH_INTERVAL_SECONDS * 1000;
    // First seen 50 s after sign-in: no touch due yet, so last-seen stays at sign-in…
    await view(sessionId, at(50_000));
    expect(await lastSeen(sessionId)).toBe(T0.toISOString());
    // …and the answer holds until the touch is due (a minute after sign-in, not after the lookup).
    expect(remembered(sessionId, at(touchMs - 1))).toBe(true);
    expect(remembered(sessionId, at(touchMs + 1))).toBe(false);
    await view(sessionId, at(touchMs + 1));
    expect(await lastSeen(sessionId)).toBe(at(touchMs + 1).toISOString());
    expect(remembered(sessionId, at(touchMs + 2))).toBe(true);
  });

  it('never outlives the session: it ends at its absolute expiry as before', async () => {
    const { sessionId } = await signedIn('patient');
    const end = SESSION_MAX_AGE_SECONDS * 1000;
    // Kept active by a request every 50 s up to a moment before the end.
    let t = 0;
    for (; t + 50_000 < end; t += 50_000) await view(sessionId, at(t));
    expect(await view(sessionId, at(end - 1))).not.toBeNull();
    expect(remembered(sessionId, at(end))).toBe(false);
    expect(await view(sessionId, at(end))).toBeNull();
  });

  it('forgets a session the moment it is revoked (sign-out), and never remembers a refusal', async () => {
    const { sessionId } = await signedIn();
    await view(sessionId);
    await revokeAuthSession(handle.db, sessionId, at(1000));
    await until(() => !remembered(sessionId, at(2000)), 'the revocation');
    expect(await view(sessionId, at(2000))).toBeNull();
    expect(remembered(sessionId, at(3000))).toBe(false);
    // Another session is untouched by one session's revocation.
    const kept = await signedIn();
    const ended = await signedIn();
    await view(kept.sessionId);
    await view(ended.sessionId);
    await revokeAuthSession(handle.db, ended.sessionId, at(1000));
    await until(() => !remembered(ended.sessionId, at(2000)), 'the second revocation');
    expect(remembered(kept.sessionId, at(2000))).toBe(true);
  });

  it('follows a deactivation, a new role and new locations made through the staff screens', async () => {
    const { org, loc, other, admin, member, sessionId } = await signedIn();
    await view(sessionId);
    const asAdmin = createCaller(
      createContext({
        db: handle.db,
        jobs: env.jobs,
        viewer: viewerFor(admin, org, 'all'),
        now: () => at(1000),
      }),
    );
    await asAdmin.staff.update({
      userId: member.id,
      role: 'front_desk',
      allLocations: false,
      locationIds: [loc.id, other.id],
    });
    await until(() => !remembered(sessionId, at(2000)), 'the role change');
    expect(await view(sessionId, at(2000))).toMatchObject({
      role: 'front_desk',
      locationIds: [loc.id, other.id].sort(),
    });
    await asAdmin.staff.setActive({ userId: member.id, active: false });
    await until(() => !remembered(sessionId, at(3000)), 'the deactivation');
    expect(await view(sessionId, at(3000))).toBeNull();
  });

  it('follows names: the member, the organisation; other organisations keep theirs', async () => {
    const a = await signedIn();
    const b = await signedIn();
    await view(a.sessionId);
    await view(b.sessionId);
    await handle.db
      .update(schema.organizations)
      .set({ name: 'Renamed group' })
      .where(eq(schema.organizations.id, a.org.id));
    await until(() => !remembered(a.sessionId), 'the organisation rename');
    expect(remembered(b.sessionId)).toBe(true);
    expect(await view(a.sessionId)).toMatchObject({ organizationName: 'Renamed group' });
    await handle.db
      .update(schema.users)
      .set({ name: 'Dr New Name' })
      .where(eq(schema.users.id, a.member.id));
    await until(() => !remembered(a.sessionId), 'the user rename');
    expect(await view(a.sessionId)).toMatchObject({ name: 'Dr New Name' });
  });

  it('follows a location scope changed in the database directly', async () => {
    const { org, member, loc, sessionId } = await signedIn();
    await view(sessionId);
    await handle.db
      .delete(schema.membershipLocations)
      .where(
        and(
          eq(schema.membershipLocations.organizationId, org.id),
          eq(schema.membershipLocations.userId, member.id),
          eq(schema.membershipLocations.locationId, loc.id),
        ),
      );
    await until(() => !remembered(sessionId), 'the scope change');
    expect(await view(sessionId)).toMatchObject({ locationIds: [] });
  });

  it('keeps no answer looked up while a change was announced', async () => {
    const { org, member, sessionId } = await signedIn();
    const viewer = viewerFor(member, org, 'all');
    const answer = { ...viewer, sessionId };
    const before = cache.ticket();
    if (!before) throw new Error('the cache is not listening');
    // Any change at all (here one of another organisation) between the ticket and the store.
    await handle.db.execute(sql`select pg_notify(${VIEWER_CACHE.channel}, ${org.id})`);
    await until(() => cache.ticket()?.changes !== before.changes, 'the notification');
    cache.put(before, answer, T0.getTime() + 60_000, T0.getTime());
    expect(remembered(sessionId)).toBe(false);
    const after = cache.ticket();
    if (!after) throw new Error('the cache is not listening');
    cache.put(after, answer, T0.getTime() + 60_000, T0.getTime());
    expect(remembered(sessionId)).toBe(true);
  });
});

describe('the remembered viewer when it cannot listen', () => {
  it('remembers nothing and asks the database every time', async () => {
    const handle = await createTestDatabase('pglite');
    const cache = await ViewerCache.start(() => Promise.reject(new Error('connection refused')));
    try {
      const org = await makeOrganization(handle.db);
      const member = await makeMember(handle.db, org.id, 'clinician', { allLocations: true });
      const sessionId = await createAuthSession(handle.db, {
        userId: member.id,
        organizationId: org.id,
        role: 'clinician',
        now: T0,
      });
      expect(cache.isLive).toBe(false);
      expect(await cachedViewer(handle.db, cache, sessionId, T0)).toMatchObject({
        role: 'clinician',
      });
      expect(cache.get(sessionId, T0.getTime())).toBeUndefined();
      expect(cache.size).toBe(0);
    } finally {
      await cache.stop();
      await handle.close();
    }
  });
});
