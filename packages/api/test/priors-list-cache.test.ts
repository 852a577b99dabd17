import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
} from '@stride/db/testing';
import { startingPriors } from '@stride/diagnosis';

import type { PriorProfilesView, PriorsCache } from '../src';
import { createCaller, createContext, OrgCache, PRIORS_CACHE } from '../src';
import { TEST_NOW, testEnv, until, viewerFor } from './helpers';

// The list of prior profiles remembered per organisation (priors-cache.ts, migration 0017):
// served while nothing it was read from changed, forgotten on every change that can alter it.
const kinds = await integrationKinds();

describe.each(kinds)('the remembered list of prior profiles on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let cache: PriorsCache;
  let w: {
    org: Awaited<ReturnType<typeof makeOrganization>>;
    other: Awaited<ReturnType<typeof makeOrganization>>;
    admin: Awaited<ReturnType<typeof makeMember>>;
    clinician: Awaited<ReturnType<typeof makeMember>>;
    otherClinician: Awaited<ReturnType<typeof makeMember>>;
    locationIds: string[];
    otherLocationIds: string[];
  };
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    const db = handle.db;
    const org = await makeOrganization(db);
    const other = await makeOrganization(db);
    const loc = await makeLocation(db, org.id);
    const otherLoc = await makeLocation(db, other.id);
    w = {
      org,
      other,
      admin: await makeMember(db, org.id, 'admin'),
      clinician: await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] }),
      otherClinician: await makeMember(db, other.id, 'clinician', { locationIds: [otherLoc.id] }),
      locationIds: [loc.id],
      otherLocationIds: [otherLoc.id],
    };
    cache = await OrgCache.start<PriorProfilesView>(handle.listen, PRIORS_CACHE);
  }, 60_000);
  afterAll(async () => {
    await cache?.stop();
    await env?.stop();
    await handle?.close();
  });

  const call = (viewer: ReturnType<typeof viewerFor>, priorsCache: PriorsCache | undefined) =>
    createCaller(
      createContext({ db: handle.db, jobs: env.jobs, viewer, now: () => TEST_NOW, priorsCache }),
    );
  const doc = (priorsCache: PriorsCache | undefined = cache) =>
    call(viewerFor(w.clinician, w.org, w.locationIds), priorsCache);
  const otherDoc = () => call(viewerFor(w.otherClinician, w.other, w.otherLocationIds), cache);
  const admin = () => call(viewerFor(w.admin, w.org, 'all'), cache);
  /** The list as the database has it now, read past the cache. */
  const fresh = () => doc(undefined).priors.list();

  it('serves the list again without reading it, and the same as a fresh read', async () => {
    const first = await doc().priors.list();
    const hits = cache.stats.hits;
    expect(await doc().priors.list()).toEqual(first);
    expect(cache.stats.hits).toBe(hits + 1);
    expect(await fresh()).toEqual(first);
  });

  it("keeps organisations apart: another's list is its own, and its changes leave ours", async () => {
    const ours = await doc().priors.list();
    await otherDoc().priors.list();
    await otherDoc().priors.list();
    expect(cache.get(w.org.id, 'list', TEST_NOW.getTime())).toEqual(ours);
    const seen = cache.stats.forgotten;
    await handle.db
      .update(schema.organizations)
      .set({ defaultPriorProfile: 'literature' })
      .where(eq(schema.organizations.id, w.other.id));
    await until(() => cache.stats.forgotten > seen, 'the other organisation to be forgotten');
    expect(cache.get(w.other.id, 'list', TEST_NOW.getTime())).toBeUndefined();
    expect(cache.get(w.org.id, 'list', TEST_NOW.getTime())).toEqual(ours);
    expect((await otherDoc().priors.list()).defaultProfileId).toBe('literature');
  });

  it('shows a new profile, a new version and a new default at once', async () => {
    await doc().priors.list();
    const { id } = await admin().priors.create({ name: 'Ours', basedOn: 'clinic-method' });
    await until(() => cache.get(w.org.id, 'list', TEST_NOW.getTime()) === undefined, 'a forget');
    expect((await doc().priors.list()).own.map((p) => [p.name, p.version])).toEqual([['Ours', 1]]);

    const start = startingPriors('clinic-method');
    await admin().priors.saveVersion({
      profileId: id,
      baseVersion: 1,
      // Still adding up to 100 %: as diagnosis-panel-reads.test.ts edits the same profile.
      priors: {
        female: start.female,
        male: {
          ...start.male,
          patellar_tendinopathy: { value: 0.13 },
          saphenous_nerve_entrapment: { value: 0.19 },
        },
      },
      reason: 'Fewer tendons, more saphenous nerves in our men',
    });
    await until(() => cache.get(w.org.id, 'list', TEST_NOW.getTime()) === undefined, 'a forget');
    const edited = await doc().priors.list();
    expect(edited.own.map((p) => p.version)).toEqual([2]);

    await admin().priors.setDefault({ profileId: id });
    await until(() => cache.get(w.org.id, 'list', TEST_NOW.getTime()) === undefined, 'a forget');
    expect((await doc().priors.list()).defaultProfileId).toBe(id);
    expect(await doc().priors.list()).toEqual(await fresh());
  });

  it("shows a saver's new name: the list names who saved each version", async () => {
    const before = await doc().priors.list();
    expect(before.own[0]?.changedBy).toBe(w.admin.name);
    await handle.db
      .update(schema.users)
      .set({ name: 'Renamed Admin' })
      .where(eq(schema.users.id, w.admin.id));
    await until(() => cache.get(w.org.id, 'list', TEST_NOW.getTime()) === undefined, 'a forget');
    expect((await doc().priors.list()).own[0]?.changedBy).toBe('Renamed Admin');
  });

  it('hands every caller a frozen list: no caller can change what the next one sees', async () => {
    const list = await doc().priors.list();
    const cached = cache.get(w.org.id, 'list', TEST_NOW.getTime());
    expect(Object.isFrozen(cached)).toBe(true);
    expect(Object.isFrozen(cached?.own)).toBe(true);
    expect(list).toEqual(cached);
  });
});
