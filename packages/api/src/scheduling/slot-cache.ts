import type { OrgCacheLimits } from '../org-cache';

/** The channel migration 0014's triggers speak on: an organisation id, or '*' for all. */
export const SCHEDULE_CHANNEL = 'stride_schedule';
/**
 * However long a week would hold, it is computed afresh after this. Every change notifies, so
 * this only bounds what a change made with triggers off (a bulk load) could leave behind.
 */
export const MAX_AGE_MS = 30_000;
/**
 * Weeks kept in all (organisation × location × type × clinician × week); the oldest stored go
 * first. A week of a busy location is about 20 kB, so this bounds the cache near 20 MB.
 */
export const MAX_WEEKS = 1_000;

/** The slot cache's settings for OrgCache.start (apps/web/src/server/slot-cache.ts). */
export const SLOT_CACHE: OrgCacheLimits = {
  channel: SCHEDULE_CHANNEL,
  maxAgeMs: MAX_AGE_MS,
  maxEntries: MAX_WEEKS,
};
