import 'server-only';

import { env } from '~/env';

import type { CachedWeek, PriorProfilesView, PriorsCache, WeekSlotsCache } from '@stride/api';
import { OrgCache, PRIORS_CACHE, SLOT_CACHE, ViewerCache } from '@stride/api';

import { getDbHandle } from './db';

const globalForCaches = globalThis as unknown as {
  strideSlotCache?: Promise<WeekSlotsCache | undefined>;
  stridePriorsCache?: Promise<PriorsCache>;
  strideViewerCache?: Promise<ViewerCache>;
};

/**
 * The process's computed weeks of slots, forgotten as schedule changes are notified (see
 * packages/api/src/org-cache.ts). If the listener cannot connect, the cache stays off and
 * retries; every week is then computed as before. STRIDE_SLOT_CACHE=off turns it off.
 */
export function getSlotCache(): Promise<WeekSlotsCache | undefined> {
  globalForCaches.strideSlotCache ??= (async () =>
    env().STRIDE_SLOT_CACHE === 'off'
      ? undefined
      : OrgCache.start<CachedWeek>((await getDbHandle()).listen, SLOT_CACHE))();
  return globalForCaches.strideSlotCache;
}

/** Each organisation's list of prior profiles, forgotten likewise as profiles change. */
export function getPriorsCache(): Promise<PriorsCache> {
  globalForCaches.stridePriorsCache ??= (async () =>
    OrgCache.start<PriorProfilesView>((await getDbHandle()).listen, PRIORS_CACHE))();
  return globalForCaches.stridePriorsCache;
}

/** Who is calling, per session, forgotten as sessions, memberships and names change. */
export function getViewerCache(): Promise<ViewerCache> {
  globalForCaches.strideViewerCache ??= (async () =>
    ViewerCache.start((await getDbHandle()).listen))();
  return globalForCaches.strideViewerCache;
}
