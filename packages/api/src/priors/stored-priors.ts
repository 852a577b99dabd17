import type { OrgPriors } from '@stride/diagnosis';
import { orgPriorsSchema } from '@stride/diagnosis';

import { deepFreeze } from '../deep-freeze';

/** Enough for every profile version a server's organisations read in a day; oldest go first. */
const MAX_ENTRIES = 2000;
const parsed = new Map<string, OrgPriors>();
/** Every value this module parsed, evicted or not: each is what the schema made of a version. */
const produced = new WeakSet<object>();

/**
 * A stored version's priors, parsed once per process. A version is never updated (a save adds
 * the next one, `save-prior-profile-version.ts`), so (organisation, profile, version) names the
 * same values for good and the parse cannot go stale. The result is shared, hence frozen.
 */
export function storedPriors(
  organizationId: string,
  profileId: string,
  version: number,
  raw: unknown,
): OrgPriors {
  const key = `${organizationId}/${profileId}/${version}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  const priors = deepFreeze(orgPriorsSchema.parse(raw));
  if (parsed.size >= MAX_ENTRIES) {
    const oldest = parsed.keys().next();
    if (!oldest.done) parsed.delete(oldest.value);
  }
  parsed.set(key, priors);
  produced.add(priors);
  return priors;
}

/**
 * Whether `value` is one `storedPriors` answered with: already `orgPriorsSchema`'s output, and
 * frozen, so an output check can take it as it is instead of parsing it again on every call.
 */
export function isStoredPriors(value: unknown): value is OrgPriors {
  return typeof value === 'object' && value !== null && produced.has(value);
}
