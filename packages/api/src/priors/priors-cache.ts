import type { OrgCache, OrgCacheLimits } from '../org-cache';
import type { PriorProfilesView } from './list-prior-profiles';

/** The channel migration 0017's triggers speak on: an organisation id, or '*' for all. */
export const PRIORS_CHANNEL = 'stride_priors';

/**
 * One list per organisation, kept until a profile, a version, the default or a saver's name
 * changes (every such change notifies). The diagnosis panel reads the list on every open, and
 * admins change it a few times a year.
 */
export const PRIORS_CACHE: OrgCacheLimits = {
  channel: PRIORS_CHANNEL,
  maxAgeMs: 30_000,
  maxEntries: 1_000,
};

export type PriorsCache = OrgCache<PriorProfilesView>;
