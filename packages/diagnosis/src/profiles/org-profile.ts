import type { OrgPriors, PriorProfile, PriorTable } from '@stride/exam-schema';
import {
  conditionIds,
  formatIssues,
  ORG_PRIOR_STEP,
  orgPriorsSchema,
  priorProfileSchema,
} from '@stride/exam-schema';

import type { BuiltInProfileId } from './profiles';
import type { ValidateProfileResult } from './validate-profile';
import { builtInProfiles } from './profiles';

export interface OrgProfileSource {
  /** The `prior_profiles` uuid: it is what a stored diagnosis names. */
  readonly id: string;
  readonly version: number;
  readonly name: string;
  /** `prior_profile_versions.priors`, as stored. */
  readonly priors: unknown;
}

/**
 * An organisation's own profile as the engine takes it. Stored priors are one column for every
 * patient, so all three sexes share the table; a value without a citation is expert-set.
 */
export function orgProfile(source: OrgProfileSource): ValidateProfileResult {
  const parsed = orgPriorsSchema.safeParse(source.priors);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues) };
  const table = {} as Record<keyof PriorTable, PriorTable[keyof PriorTable]>;
  for (const id of conditionIds) {
    const { value, citation } = parsed.data[id];
    table[id] = {
      probability: value,
      provenance:
        citation === undefined
          ? {
              source: 'expert-set',
              citation: `${source.name} v${source.version}: expert-set, no published source given`,
              setBy: source.name,
            }
          : { source: 'clinic-edit', citation, setBy: source.name },
    };
  }
  const profile: PriorProfile = {
    id: source.id,
    version: source.version,
    label: source.name,
    sexSpecific: false,
    bySex: { female: table, male: table, other: table },
  };
  // The engine's own check too, so an org profile meets every rule a built-in one does.
  const checked = priorProfileSchema.safeParse(profile);
  return checked.success
    ? { ok: true, profile }
    : { ok: false, errors: formatIssues(checked.error.issues) };
}

/**
 * Version 1 of a new org profile. A sex-specific built-in contributes the column it uses for
 * sex other/unknown (priors.md: the female/male mean). No citation is copied: the built-in values
 * are expert-set starting points, and must stay labelled so.
 */
export function startingPriors(base: BuiltInProfileId): OrgPriors {
  const column = builtInProfiles[base].bySex.other;
  const priors = {} as Record<keyof OrgPriors, OrgPriors[keyof OrgPriors]>;
  for (const id of conditionIds) {
    // Dividing whole steps by 1000 gives the double nearest the decimal (0.29, not 0.29000…04).
    const steps = Math.round(column[id].probability / ORG_PRIOR_STEP);
    priors[id] = { value: steps / 1000 };
  }
  return priors;
}
