import type { PriorProfile } from '@stride/exam-schema';

import { clinicMethodProfile } from './clinic-method-profile';
import { literatureProfile } from './literature-profile';

export const builtInProfiles = {
  'clinic-method': clinicMethodProfile,
  literature: literatureProfile,
} as const satisfies Record<string, PriorProfile>;

export type BuiltInProfileId = keyof typeof builtInProfiles;
export const DEFAULT_PROFILE_ID: BuiltInProfileId = 'clinic-method';

export function isBuiltInProfileId(id: string): id is BuiltInProfileId {
  return Object.hasOwn(builtInProfiles, id);
}

/** The shipped profile to compare against: the other of the two. */
export function counterpartOf(profile: PriorProfile): PriorProfile {
  return profile.id === literatureProfile.id ? clinicMethodProfile : literatureProfile;
}
