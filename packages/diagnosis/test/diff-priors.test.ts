import { describe, expect, it } from 'vitest';

import type { OrgPriorTable, SexSpecificOrgPriors } from '../src/index';
import { conditionIds, diffPriors, startingPriors } from '../src/index';

describe('diffPriors', () => {
  it('diffs sex-neutral versions as one table, in vocabulary order', () => {
    const before = startingPriors('literature');
    const after: OrgPriorTable = {
      ...before,
      iliotibial_band_syndrome: { value: 0.15 },
      saphenous_nerve_entrapment: { value: 0.07, citation: 'Clinic audit 2025' },
    };
    expect(diffPriors(before, after)).toEqual([
      {
        condition: 'iliotibial_band_syndrome',
        sex: 'any',
        before: { value: 0.2 },
        after: { value: 0.15 },
      },
      {
        condition: 'saphenous_nerve_entrapment',
        sex: 'any',
        before: { value: 0.02 },
        after: { value: 0.07, citation: 'Clinic audit 2025' },
      },
    ]);
    expect(diffPriors(null, before)).toHaveLength(conditionIds.length);
    expect(diffPriors(before, before)).toEqual([]);
  });

  it("names the sex whose value changed, and only that sex's", () => {
    const before = startingPriors('clinic-method');
    const after: SexSpecificOrgPriors = structuredClone(before);
    after.female.saphenous_nerve_entrapment = { value: 0.3 };
    after.female.hip_referred_pain = { value: 0.06 };
    after.male.hip_referred_pain = { value: 0.02, citation: 'Clinic audit 2025' };
    expect(diffPriors(before, after)).toEqual([
      {
        condition: 'saphenous_nerve_entrapment',
        sex: 'female',
        before: { value: 0.34 },
        after: { value: 0.3 },
      },
      {
        condition: 'hip_referred_pain',
        sex: 'female',
        before: { value: 0.02 },
        after: { value: 0.06 },
      },
      {
        condition: 'hip_referred_pain',
        sex: 'male',
        before: { value: 0.02 },
        after: { value: 0.02, citation: 'Clinic audit 2025' },
      },
    ]);
    expect(diffPriors(null, before)).toHaveLength(2 * conditionIds.length);
    expect(diffPriors(before, structuredClone(before))).toEqual([]);
  });

  it('compares each sex with the neutral table when a version changes shape', () => {
    const before = startingPriors('literature');
    const after: SexSpecificOrgPriors = {
      female: structuredClone(before),
      male: structuredClone(before),
    };
    after.male.iliotibial_band_syndrome = { value: 0.25 };
    after.male.patellofemoral_malalignment = { value: 0.35 };
    expect(diffPriors(before, after).map((c) => `${c.sex} ${c.condition}`)).toEqual([
      'male patellofemoral_malalignment',
      'male iliotibial_band_syndrome',
    ]);
    expect(diffPriors(after, before).map((c) => `${c.sex} ${c.condition}`)).toEqual([
      'male patellofemoral_malalignment',
      'male iliotibial_band_syndrome',
    ]);
  });
});
