import type {
  OrgPriors,
  OrgPriorTable,
  PriorProfile,
  PriorProvenance,
  PriorTable,
} from '@stride/exam-schema';
import {
  conditionIds,
  formatIssues,
  isSexSpecific,
  orgPriorsSchema,
  priorProfileSchema,
} from '@stride/exam-schema';

import type { ValidateProfileResult } from './validate-profile';
import { meanOf } from './build-table';

export interface OrgProfileSource {
  /** The `prior_profiles` uuid: it is what a stored diagnosis names. */
  readonly id: string;
  readonly version: number;
  readonly name: string;
  /** `prior_profile_versions.priors`, as stored: either shape, old versions included. */
  readonly priors: unknown;
}

type Values = Record<keyof PriorTable, number>;

function valuesOf(table: OrgPriorTable): Values {
  const out = {} as Values;
  for (const id of conditionIds) out[id] = table[id].value;
  return out;
}

/** A value without a citation is expert-set, and the label says so wherever it is shown. */
function tableOf(
  values: Values,
  citationOf: (id: keyof PriorTable) => string | undefined,
  expertSet: string,
  setBy: string,
): PriorTable {
  const table = {} as Record<keyof PriorTable, PriorTable[keyof PriorTable]>;
  for (const id of conditionIds) {
    const citation = citationOf(id);
    const provenance: PriorProvenance =
      citation === undefined
        ? { source: 'expert-set', citation: expertSet, setBy }
        : { source: 'clinic-edit', citation, setBy };
    table[id] = { probability: values[id], provenance };
  }
  return table;
}

function bySexOf(source: OrgProfileSource, priors: OrgPriors): PriorProfile['bySex'] {
  const label = `${source.name} v${source.version}`;
  const uncited = `${label}: expert-set, no published source given`;
  if (!isSexSpecific(priors)) {
    const table = tableOf(valuesOf(priors), (id) => priors[id].citation, uncited, source.name);
    return { female: table, male: table, other: table };
  }
  const { female, male } = priors;
  const cited = (id: keyof PriorTable): string | undefined => {
    const [f, m] = [female[id].citation, male[id].citation];
    if (f === undefined && m === undefined) return undefined;
    return `${label}: mean of female (${f ?? 'expert-set'}) and male (${m ?? 'expert-set'})`;
  };
  const [femaleValues, maleValues] = [valuesOf(female), valuesOf(male)];
  return {
    female: tableOf(femaleValues, (id) => female[id].citation, uncited, source.name),
    male: tableOf(maleValues, (id) => male[id].citation, uncited, source.name),
    // The same arithmetic as the built-in (priors.md: other/unknown sex is the mean), so an
    // unchanged copy of clinic-method gives exactly its numbers.
    other: tableOf(
      meanOf(femaleValues, maleValues),
      cited,
      `${label}: mean of female and male, expert-set, no published source given`,
      source.name,
    ),
  };
}

/**
 * An organisation's own profile as the engine takes it. A sex-neutral version shares one table
 * across all three sexes; a sex-specific one has female and male, and their mean for other.
 */
export function orgProfile(source: OrgProfileSource): ValidateProfileResult {
  const parsed = orgPriorsSchema.safeParse(source.priors);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues) };
  const profile: PriorProfile = {
    id: source.id,
    version: source.version,
    label: source.name,
    sexSpecific: isSexSpecific(parsed.data),
    bySex: bySexOf(source, parsed.data),
  };
  // The engine's own check too, so an org profile meets every rule a built-in one does.
  const checked = priorProfileSchema.safeParse(profile);
  return checked.success
    ? { ok: true, profile }
    : { ok: false, errors: formatIssues(checked.error.issues) };
}
