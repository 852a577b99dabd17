import 'server-only';

import { env } from '~/env';

import type { CachedWeek, WeekSlotsCache } from '@stride/api';
import { SlotCache } from '@stride/api';

import { getDbHandle } from './db';

const globalForSlots = globalThis as unknown as {
  strideSlotCache?: Promise<WeekSlotsCache | undefined>;
};

/**
 * The process's computed weeks of slots, forgotten as schedule changes are notified (see
 * packages/api/src/scheduling/slot-cache.ts). If the listener cannot connect, the cache stays
 * off and retries; every week is then computed as before. STRIDE_SLOT_CACHE=off turns it off.
 */
export function getSlotCache(): Promise<WeekSlotsCache | undefined> {
  globalForSlots.strideSlotCache ??= (async () =>
    env().STRIDE_SLOT_CACHE === 'off'
      ? undefined
      : SlotCache.start<CachedWeek>((await getDbHandle()).listen))();
  return globalForSlots.strideSlotCache;
}
