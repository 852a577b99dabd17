import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { createAuthSession } from '@stride/auth';
import { createTestDatabase, integrationKinds } from '@stride/db/testing';

import { cachedViewer, createCaller, createContext, ViewerCache } from '../src';
import { TEST_NOW, testEnv } from './helpers';
import { schedulingWorld, typeId } from './scheduling-world';

// The appointment mutations keep their author's viewer remembered (`keepsViewer`, trpc.ts).
// That is true only while they write nothing a viewer is made of, which the database announces
// on stride_viewers (migration 0019): here every announcement is heard, and there must be none.
const kinds = await integrationKinds();
const MARKER = 'keeps-viewer-test-marker';

describe.each(kinds)('appointment writes keep their author’s viewer on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof schedulingWorld>>;
  let viewerCache: ViewerCache;
  const heard: string[] = [];
  let deaf: { stop(): Promise<void> } | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await schedulingWorld(env, 1);
    viewerCache = await ViewerCache.start(handle.listen);
    deaf = await handle.listen(
      'stride_viewers',
      (payload) => heard.push(payload),
      () => {},
    );
  }, 60_000);
  afterAll(async () => {
    await deaf?.stop();
    await viewerCache?.stop();
    await env?.stop();
    await handle?.close();
  });

  /** A signed-in caller as the app makes one: its viewer looked up through the cache. */
  async function signedIn(userId: string, role: 'front_desk' | 'patient') {
    const sessionId = await createAuthSession(handle.db, {
      userId,
      organizationId: w.org.id,
      role,
      now: TEST_NOW,
    });
    const viewer = await cachedViewer(handle.db, viewerCache, sessionId, TEST_NOW);
    if (!viewer) throw new Error(`no viewer for ${role}`);
    const caller = createCaller(
      createContext({ db: handle.db, jobs: env.jobs, viewer, now: () => TEST_NOW, viewerCache }),
    );
    return { caller, remembered: () => viewerCache.get(sessionId, TEST_NOW.getTime()) };
  }

  it('book, hold, confirm, move, check in and cancel announce no viewer change and forget no viewer', async () => {
    const desk = await signedIn(w.desk.id, 'front_desk');
    const patient = w.patients[0];
    if (!patient) throw new Error('no patient');
    const self = await signedIn(patient.user.id, 'patient');
    const followUp = {
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'follow_up'),
    };
    const at = (local: string) => new Date(`${local}-08:00`).toISOString();

    const booked = await desk.caller.scheduling.book({
      ...followUp,
      start: at('2026-12-01T09:00:00'),
      patientId: patient.record.id,
      idempotencyKey: randomUUID(),
    });
    const moved = await desk.caller.scheduling.reschedule({
      appointmentId: booked.id,
      start: at('2026-12-01T11:00:00'),
      idempotencyKey: randomUUID(),
    });
    await desk.caller.scheduling.setStatus({ appointmentId: moved.id, status: 'checked_in' });
    const held = await self.caller.scheduling.book({
      ...followUp,
      start: at('2026-12-02T09:00:00'),
      idempotencyKey: randomUUID(),
    });
    expect(held.status).toBe('held');
    await self.caller.scheduling.confirm({ appointmentId: held.id });
    await self.caller.scheduling.cancel({ appointmentId: held.id });
    expect(desk.remembered()).toBeDefined();
    expect(self.remembered()).toBeDefined();
    expect(viewerCache.stats.ownChanges).toBe(0);

    // Announcements arrive in commit order: once the marker is heard, any from the writes
    // above would have been heard before it.
    await handle.db.execute(sql`select pg_notify('stride_viewers', ${MARKER})`);
    await vi.waitFor(() => expect(heard).toContain(MARKER));
    expect(heard).toEqual([MARKER]);
  });
});
