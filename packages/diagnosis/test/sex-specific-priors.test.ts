import { describe, expect, it } from 'vitest';

import type { SexSpecificOrgPriors } from '../src/index';
import {
  clinicMethodProfile,
  conditionIds,
  orgPriorsSchema,
  orgProfile,
  priorsEditSchema,
  startingPriors,
} from '../src/index';

const issuesOf = (input: unknown): string[] => {
  const result = orgPriorsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const copy = (): SexSpecificOrgPriors => structuredClone(startingPriors('clinic-method'));

describe('sex-specific organisation priors', () => {
  it('a profile started from clinic-method keeps its female and male tables exactly', () => {
    const priors = startingPriors('clinic-method');
    expect(Object.keys(priors)).toEqual(['female', 'male']);
    for (const sex of ['female', 'male'] as const)
      for (const id of conditionIds) {
        expect(priors[sex][id].value).toBe(clinicMethodProfile.bySex[sex][id].probability);
        expect(priors[sex][id].citation).toBeUndefined();
      }
    expect(priors.female.saphenous_nerve_entrapment.value).toBe(0.34);
    expect(priors.male.saphenous_nerve_entrapment.value).toBe(0.24);
    expect(orgPriorsSchema.parse(priors)).toEqual(priors);
  });

  it("checks each sex's total on its own and names the table in the message", () => {
    const priors = copy();
    priors.female.hip_referred_pain.value = 0.021;
    expect(issuesOf(priors)).toEqual([
      'female: The female values add up to 100.1 %; they must add up to 100.0 %.',
    ]);
    priors.male.saphenous_nerve_entrapment.value = 0.2;
    expect(issuesOf(priors)).toEqual([
      'female: The female values add up to 100.1 %; they must add up to 100.0 %.',
      'male: The male values add up to 96.0 %; they must add up to 100.0 %.',
    ]);
    // The tolerance is the same as for one table: binary noise passes, one step does not.
    const noisy = copy();
    noisy.male.chondromalacia_patellae.value = 0.4 - 0.24;
    expect(issuesOf(noisy)).toEqual([]);
  });

  it('refuses bad values at their sex and condition, an unknown or missing table, and a mix', () => {
    const priors = copy() as unknown as { female: Record<string, unknown>; male: unknown };
    priors.female.pes_anserine_bursitis = { value: 0.0705 };
    expect(issuesOf(priors)).toEqual([
      'female.pes_anserine_bursitis.value: Use at most one decimal place (0.1 %).',
      'female: The female values add up to 100.1 %; they must add up to 100.0 %.',
    ]);
    const { female } = copy();
    expect(issuesOf({ female })).toEqual([
      'male: Invalid input: expected object, received undefined',
    ]);
    const withOther = orgPriorsSchema.safeParse({ ...copy(), other: female });
    expect(withOther.error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
    const mixed = orgPriorsSchema.safeParse({ ...startingPriors('literature'), female });
    expect(mixed.success).toBe(false);
  });

  it('reports a sex-specific mistake inside an edit at its full path', () => {
    const priors = copy();
    priors.male.hip_referred_pain.value = 0.004;
    const result = priorsEditSchema.safeParse({ priors, reason: 'Fewer hips in men' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['priors.male', 'The male values add up to 98.4 %; they must add up to 100.0 %.'],
    ]);
  });

  it('builds female and male tables with their mean for other sex, cited per sex', () => {
    const priors = copy();
    priors.female.saphenous_nerve_entrapment = { value: 0.3, citation: 'Audit of 2025 women' };
    priors.female.chondromalacia_patellae = { value: 0.14 };
    const result = orgProfile({ id: 'p', version: 2, name: 'Split', priors });
    if (!result.ok) throw new Error(result.errors.join('; '));
    const { sexSpecific, bySex } = result.profile;
    expect(sexSpecific).toBe(true);
    expect(bySex.female.saphenous_nerve_entrapment).toMatchObject({
      probability: 0.3,
      provenance: { source: 'clinic-edit', citation: 'Audit of 2025 women' },
    });
    expect(bySex.male.saphenous_nerve_entrapment).toMatchObject({
      probability: 0.24,
      provenance: { source: 'expert-set' },
    });
    expect(bySex.other.saphenous_nerve_entrapment).toMatchObject({
      probability: 0.27,
      provenance: {
        source: 'clinic-edit',
        citation: 'Split v2: mean of female (Audit of 2025 women) and male (expert-set)',
      },
    });
    // Uncited on both sides: the mean is still labelled expert-set.
    expect(bySex.other.chondromalacia_patellae).toMatchObject({
      probability: (0.14 + 0.16) / 2,
      provenance: { source: 'expert-set' },
    });
  });
});
