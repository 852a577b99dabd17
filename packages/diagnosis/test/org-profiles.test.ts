import { describe, expect, it } from 'vitest';

import type { OrgPriorTable } from '../src/index';
import {
  conditionIds,
  diagnose,
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

/** Stored versions from before sex-specific profiles: the flat literature copy. */
const flat = (): OrgPriorTable => structuredClone(startingPriors('literature'));

describe('sex-neutral organisation priors (every version stored before this shape)', () => {
  it('literature is neutral, so a profile started from it is one table without citations', () => {
    expect(literatureProfile.sexSpecific).toBe(false);
    const priors = startingPriors('literature');
    expect(Object.keys(priors).sort()).toEqual([...conditionIds].sort());
    expect(orgPriorsSchema.parse(priors)).toEqual(priors);
    for (const id of conditionIds) {
      expect(priors[id].value).toBe(literatureProfile.bySex.other[id].probability);
      expect(priors[id].citation).toBeUndefined();
    }
  });

  it('accepts a sum of exactly 100.0 % made of awkward decimals', () => {
    const priors = flat();
    priors.patellofemoral_malalignment.value = 0.301;
    priors.iliotibial_band_syndrome.value = 0.299;
    priors.chondromalacia_patellae.value = 0.3 - 0.24; // 0.06 with binary noise
    priors.saphenous_nerve_entrapment.value = 0.002;
    priors.femoral_nerve_irritation.value = 0.038;
    expect(messages(priors)).toEqual([]);
  });

  it('refuses a sum off by one step and names the total', () => {
    const priors = flat();
    priors.hip_referred_pain.value = 0.031;
    expect(messages(priors)).toEqual([
      'The values add up to 100.1 %; they must add up to 100.0 %.',
    ]);
    priors.hip_referred_pain.value = 0.004;
    expect(messages(priors)).toEqual(['The values add up to 97.4 %; they must add up to 100.0 %.']);
  });

  it('refuses values out of range or finer than 0.1 %', () => {
    const priors = flat() as Record<string, unknown>;
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

  it('refuses unknown and missing conditions, and input that is not an object', () => {
    const { hip_referred_pain: _dropped, ...rest } = flat();
    const result = orgPriorsSchema.safeParse({ ...rest, runners_toe: { value: 0.03 } });
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.') || i.code)).toEqual(
      expect.arrayContaining(['hip_referred_pain', 'unrecognized_keys']),
    );
    expect(orgPriorsSchema.safeParse(null).success).toBe(false);
    expect(orgPriorsSchema.safeParse([]).success).toBe(false);
  });

  it('needs a reason with every edit; a blank citation counts as none', () => {
    const priors = flat();
    expect(priorsEditSchema.safeParse({ priors, reason: '  ' }).success).toBe(false);
    const parsed = priorsEditSchema.parse({
      priors: { ...priors, hip_referred_pain: { value: 0.03, citation: '  ' } },
      reason: 'Our audit of 2025 referrals',
    });
    // toEqual treats a key holding undefined as absent, as the stored JSON will.
    expect(parsed.priors).toEqual({ ...priors, hip_referred_pain: { value: 0.03 } });
  });

  it('builds an engine profile with one table for every sex, labelling uncited values expert-set', () => {
    const priors: OrgPriorTable = {
      ...flat(),
      iliotibial_band_syndrome: { value: 0.15, citation: 'Clinic audit 2025' },
      saphenous_nerve_entrapment: { value: 0.07 },
    };
    const id = '3f1c1a52-8a1e-4a52-9d0e-2a6b1f0b7c11';
    const result = orgProfile({ id, version: 4, name: 'Venice view', priors });
    if (!result.ok) throw new Error(result.errors.join('; '));
    const { profile } = result;
    expect(profile.sexSpecific).toBe(false);
    expect(profile.bySex.male).toBe(profile.bySex.female);
    expect(profile.bySex.other).toBe(profile.bySex.female);
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
    expect(orgProfile({ id: 'x', version: 1, name: 'Broken', priors: { a: 1 } }).ok).toBe(false);
  });
});
