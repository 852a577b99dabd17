import type {
  OrgPriors,
  OrgPriorTable,
  PriorProfile,
  PriorTable,
  SexSpecificOrgPriors,
} from '@stride/exam-schema';
import { conditionIds, ORG_PRIOR_STEP } from '@stride/exam-schema';

import type { BuiltInProfileId } from './profiles';
import { builtInProfiles } from './profiles';

/** The shape a profile started from `B` has: a table per sex exactly when `B` is sex-specific. */
export type StartingPriors<B extends BuiltInProfileId> =
  (typeof builtInProfiles)[B]['sexSpecific'] extends true ? SexSpecificOrgPriors : OrgPriorTable;

function copyOf(column: PriorTable): OrgPriorTable {
  const priors = {} as Record<keyof OrgPriorTable, OrgPriorTable[keyof OrgPriorTable]>;
  for (const id of conditionIds) {
    // Dividing whole steps by 1000 gives the double nearest the decimal (0.29, not 0.29000…04),
    // which is the same double the built-in's literal is.
    const steps = Math.round(column[id].probability / ORG_PRIOR_STEP);
    priors[id] = { value: steps / 1000 };
  }
  return priors;
}

/**
 * Version 1 of a new org profile. A sex-specific built-in contributes its female and male
 * tables exactly (other/unknown is derived, as in the built-in); a neutral one its one table.
 * No citation is copied: the built-in values are expert-set starting points and stay so.
 */
export function startingPriors<B extends BuiltInProfileId>(base: B): StartingPriors<B> {
  const profile: PriorProfile = builtInProfiles[base];
  const priors: OrgPriors = profile.sexSpecific
    ? { female: copyOf(profile.bySex.female), male: copyOf(profile.bySex.male) }
    : copyOf(profile.bySex.other);
  // Checked by the tests for every built-in: sexSpecific on the profile decides the shape.
  return priors as StartingPriors<B>;
}
