import type { BuiltInProfileId, OrgPriors, PriorProfile } from '@stride/diagnosis';
import { builtInProfiles, counterpartOf, orgProfile } from '@stride/diagnosis';

/** What the encounter page hands the panel about the organisation's own profiles. */
export interface OrgProfileOption {
  id: string;
  name: string;
  version: number;
  basedOn: BuiltInProfileId;
  priors: OrgPriors;
}

export interface ProfileChoice {
  id: string;
  label: string;
  profile: PriorProfile;
  compareWith: BuiltInProfileId;
  builtIn: boolean;
}

/**
 * The profiles the switch offers, built-ins first, each ready for the engine. An own profile is
 * compared with the counterpart of its base, as the server does when confirming.
 */
export function profileChoices(own: readonly OrgProfileOption[]): ProfileChoice[] {
  const choices: ProfileChoice[] = Object.values(builtInProfiles).map((p) => ({
    id: p.id,
    label: p.label,
    profile: p,
    compareWith: counterpartOf(p).id as BuiltInProfileId,
    builtIn: true,
  }));
  for (const o of own) {
    const built = orgProfile({ id: o.id, version: o.version, name: o.name, priors: o.priors });
    if (!built.ok) continue;
    const base = builtInProfiles[o.basedOn];
    choices.push({
      id: o.id,
      label: o.name,
      profile: built.profile,
      compareWith: counterpartOf(base).id as BuiltInProfileId,
      builtIn: false,
    });
  }
  return choices;
}
