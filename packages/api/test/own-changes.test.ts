import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Viewer } from '@stride/auth';
import type { DatabaseHandle, Listen } from '@stride/db';
import { createAuthSession } from '@stride/auth';
import { createTestDatabase, integrationKinds, makeMember } from '@stride/db/testing';

import type { CachedWeek, PriorProfilesView, PriorsCache, WeekSlotsCache } from '../src';
import {
  cachedViewer,
  createCaller,
  createContext,
  OrgCache,
  PRIORS_CACHE,
  SLOT_CACHE,
  ViewerCache,
} from '../src';
import { TEST_NOW, testEnv, viewerFor } from './helpers';
import { schedulingWorld, typeId } from './scheduling-world';

// A write's own process forgets what it may have changed as soon as its transaction ends
// (trpc.ts, forgetOwnChanges), so the page a form re-renders straight after its write is current
// even when the change's notification has not arrived yet. Here the caches listen, but every
// notification is held back, which is the moment after a commit stretched out.
const kinds = await integrationKinds();
const WEEK = '2026-11-30';
const NINE = new Date(`${WEEK}T09:00:00-08:00`).toISOString();

describe.each(kinds)("a write's own process sees it at once on %s", (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof schedulingWorld>>;
  let other: Awaited<ReturnType<typeof schedulingWorld>>;
  let caches: { slotCache: WeekSlotsCache; priorsCache: PriorsCache; viewerCache: ViewerCache };
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await schedulingWorld(env, 1);
    other = await schedulingWorld(env, 1);
    // Connected, so the caches serve and store, but deaf: nothing announced reaches them.
    const late: Listen = (channel, _onMessage, onLost) => handle.listen(channel, () => {}, onLost);
    caches = {
      slotCache: await OrgCache.start<CachedWeek>(late, SLOT_CACHE),
      priorsCache: await OrgCache.start<PriorProfilesView>(late, PRIORS_CACHE),
      viewerCache: await ViewerCache.start(late),
    };
  }, 60_000);
  afterAll(async () => {
    await Promise.all(Object.values(caches ?? {}).map((c) => c.stop()));
    await env?.stop();
    await handle?.close();
  });

  const as = (viewer: Viewer) =>
    createCaller(
      createContext({ db: handle.db, jobs: env.jobs, viewer, now: () => TEST_NOW, ...caches }),
    );
  const patientOf = (world: typeof w) => {
    const p = world.patients[0];
    if (!p) throw new Error('no patient');
    return p;
  };
  const week = (world: typeof w) =>
    as(viewerFor(patientOf(world).user, world.org, [])).scheduling.weekSlots({
      locationId: world.loc.id,
      appointmentTypeId: typeId(world.types, 'follow_up'),
      weekStart: WEEK,
    });
  const mondayStarts = (days: Awaited<ReturnType<typeof week>>['days']) =>
    days[0]?.slots.map((s) => s.start) ?? [];

  it('a booking leaves the week its booker reads next, and only its own organisation’s', async () => {
    expect(mondayStarts((await week(w)).days)).toContain(NINE);
    await week(other);
    const hits = caches.slotCache.stats.hits;
    expect(mondayStarts((await week(w)).days)).toContain(NINE);
    expect(caches.slotCache.stats.hits).toBe(hits + 1);

    await as(viewerFor(w.desk, w.org, [w.loc.id])).scheduling.book({
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'follow_up'),
      start: NINE,
      patientId: patientOf(w).record.id,
      idempotencyKey: randomUUID(),
    });
    expect(caches.slotCache.stats.forgotten).toBe(0);
    // The patient now has an appointment at nine, so nine is no longer theirs to book.
    expect(mondayStarts((await week(w)).days)).not.toContain(NINE);
    // The other organisation's week was not touched by this one's write.
    const otherHits = caches.slotCache.stats.hits;
    await week(other);
    expect(caches.slotCache.stats.hits).toBe(otherHits + 1);
  });

  it('a new default profile is the one the admin’s next page lists', async () => {
    const clinician = as(viewerFor(w.drA, w.org, [w.loc.id]));
    expect((await clinician.priors.list()).defaultProfileId).toBe('clinic-method');
    await as(viewerFor(w.admin, w.org, 'all')).priors.setDefault({ profileId: 'literature' });
    expect(caches.priorsCache.stats.forgotten).toBe(0);
    expect((await clinician.priors.list()).defaultProfileId).toBe('literature');
  });

  it('an admin who makes themself a clinician is a clinician on their next page', async () => {
    // A second admin, so the last-admin guard lets the first step down.
    await makeMember(handle.db, w.org.id, 'admin');
    const sessionId = await createAuthSession(handle.db, {
      userId: w.admin.id,
      organizationId: w.org.id,
      role: 'admin',
      now: TEST_NOW,
    });
    const deskSession = await createAuthSession(handle.db, {
      userId: w.desk.id,
      organizationId: w.org.id,
      role: 'front_desk',
      now: TEST_NOW,
    });
    const view = (sid: string) => cachedViewer(handle.db, caches.viewerCache, sid, TEST_NOW);
    const me = await view(sessionId);
    expect(me?.role).toBe('admin');
    await view(deskSession);
    if (!me) throw new Error('no viewer');

    await as(me).staff.update({
      userId: w.admin.id,
      role: 'clinician',
      allLocations: false,
      locationIds: [w.loc.id],
    });
    expect(caches.viewerCache.stats.forgotten).toBe(0);
    expect(await view(sessionId)).toMatchObject({ role: 'clinician', locationIds: [w.loc.id] });
    // Only the author's own answer was dropped: a colleague's is still served from memory.
    expect(caches.viewerCache.get(deskSession, TEST_NOW.getTime())).toBeDefined();
  });
});
