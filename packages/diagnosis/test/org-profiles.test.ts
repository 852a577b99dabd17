import { describe, expect, it } from 'vitest';

import type { OrgPriors } from '../src/index';
import {
  clinicMethodProfile,
  conditionIds,
  diagnose,
  diffPriors,
  literatureProfile,
  orgPriorsSchema,
  orgProfile,
  priorsEditSchema,
  startingPriors,
} from '../src/index';

const messages = (input: unknown): string[] => {
  const result = orgPriorsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('organisation prior profiles', () => {
  it('starts from either built-in with values that sum to 1 and carry no citation', () => {
    for (const base of ['clinic-method', 'literature'] as const) {
      const priors = startingPriors(base);
      expect(orgPriorsSchema.safeParse(priors).success).toBe(true);
      for (const id of conditionIds) expect(priors[id].citation).toBeUndefined();
    }
    // clinic-method is sex-specific: its sex-other column (the female/male mean) is the start.
    expect(startingPriors('clinic-method').saphenous_nerve_entrapment.value).toBe(0.29);
    expect(startingPriors('clinic-method').patellar_tendinopathy.value).toBe(0.065);
    expect(startingPriors('literature').iliotibial_band_syndrome.value).toBe(0.2);
  });

  it('accepts a sum of exactly 100.0 % made of awkward decimals', () => {
    const priors = structuredClone(startingPriors('literature'));
    priors.patellofemoral_malalignment.value = 0.301;
    priors.iliotibial_band_syndrome.value = 0.299;
    priors.chondromalacia_patellae.value = 0.3 - 0.24; // 0.06 with binary noise
    priors.saphenous_nerve_entrapment.value = 0.002;
    priors.femoral_nerve_irritation.value = 0.038;
    expect(messages(priors)).toEqual([]);
  });

  it('refuses a sum off by one step and names the total', () => {
    const priors = structuredClone(startingPriors('literature'));
    priors.hip_referred_pain.value = 0.031;
    expect(messages(priors)).toEqual([
      'The values add up to 100.1 %; they must add up to 100.0 %.',
    ]);
    priors.hip_referred_pain.value = 0.004;
    expect(messages(priors)).toEqual(['The values add up to 97.4 %; they must add up to 100.0 %.']);
  });

  it('refuses values out of range or finer than 0.1 %', () => {
    const priors = structuredClone(startingPriors('literature')) as Record<string, unknown>;
    priors.hip_referred_pain = { value: 0 };
    priors.lumbar_referred_pain = { value: 1.2 };
    priors.medial_meniscus_tear = { value: 0.0705 };
    priors.pes_anserine_bursitis = { value: -0.04 };
    expect(messages(priors)).toEqual([
      'Each value must be at least 0.1 %.',
      'Use at most one decimal place (0.1 %).',
      'Each value must be at most 100 %.',
      'Each value must be at least 0.1 %.',
      'The values add up to 203.1 %; they must add up to 100.0 %.',
    ]);
  });

  it('refuses unknown and missing conditions', () => {
    const { hip_referred_pain: _dropped, ...rest } = startingPriors('literature');
    const result = orgPriorsSchema.safeParse({ ...rest, runners_toe: { value: 0.03 } });
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.') || i.code)).toEqual(
      expect.arrayContaining(['hip_referred_pain', 'unrecognized_keys']),
    );
  });

  it('needs a reason with every edit; a blank citation counts as none', () => {
    const priors = startingPriors('literature');
    expect(priorsEditSchema.safeParse({ priors, reason: '  ' }).success).toBe(false);
    const parsed = priorsEditSchema.parse({
      priors: { ...priors, hip_referred_pain: { value: 0.03, citation: '  ' } },
      reason: 'Our audit of 2025 referrals',
    });
    expect(parsed.priors.hip_referred_pain).toEqual({ value: 0.03 });
  });

  it('builds an engine profile the engine runs, labelling uncited values expert-set', () => {
    const priors: OrgPriors = {
      ...startingPriors('literature'),
      iliotibial_band_syndrome: { value: 0.15, citation: 'Clinic audit 2025' },
      saphenous_nerve_entrapment: { value: 0.07 },
    };
    const id = '3f1c1a52-8a1e-4a52-9d0e-2a6b1f0b7c11';
    const result = orgProfile({ id, version: 4, name: 'Venice view', priors });
    if (!result.ok) throw new Error(result.errors.join('; '));
    const { profile } = result;
    expect(profile.bySex.male).toBe(profile.bySex.female);
    expect(profile.bySex.other.iliotibial_band_syndrome.provenance).toMatchObject({
      source: 'clinic-edit',
      citation: 'Clinic audit 2025',
    });
    expect(profile.bySex.other.saphenous_nerve_entrapment.provenance.source).toBe('expert-set');
    const output = diagnose(
      { format: 'stride.case/v1' },
      { profile, compareWith: 'clinic-method' },
    );
    expect(output.profile).toEqual({ id, version: 4 });
    expect(output.otherProfile.id).toBe('clinic-method');
    // No findings: the differential is the prior itself.
    expect(output.differential[0]).toMatchObject({
      condition: 'patellofemoral_malalignment',
      probability: 0.4,
    });
  });

  it('refuses stored priors that no longer validate', () => {
    const result = orgProfile({ id: 'x', version: 1, name: 'Broken', priors: { a: 1 } });
    expect(result.ok).toBe(false);
  });

  it('diffs a version against the one before it', () => {
    const before = startingPriors('literature');
    const after: OrgPriors = {
      ...before,
      iliotibial_band_syndrome: { value: 0.15 },
      saphenous_nerve_entrapment: { value: 0.07, citation: 'Clinic audit 2025' },
    };
    // In vocabulary order, whatever order the edit was made in.
    expect(diffPriors(before, after)).toEqual([
      {
        condition: 'iliotibial_band_syndrome',
        before: { value: 0.2 },
        after: { value: 0.15 },
      },
      {
        condition: 'saphenous_nerve_entrapment',
        before: { value: 0.02 },
        after: { value: 0.07, citation: 'Clinic audit 2025' },
      },
    ]);
    expect(diffPriors(null, before)).toHaveLength(conditionIds.length);
    expect(diffPriors(before, before)).toEqual([]);
  });

  it('leaves the built-in profiles untouched', () => {
    expect(clinicMethodProfile.sexSpecific).toBe(true);
    expect(literatureProfile.bySex.other.iliotibial_band_syndrome.probability).toBe(0.2);
  });
});
