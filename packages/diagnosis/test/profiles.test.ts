import { describe, expect, it } from 'vitest';

import type { PriorProfile } from '../src/index';
import {
  clinicMethodProfile,
  conditionIds,
  diagnose,
  literatureProfile,
  validateProfile,
} from '../src/index';

describe('prior profiles', () => {
  it('ships both profiles valid, with provenance on every value', () => {
    for (const profile of [clinicMethodProfile, literatureProfile]) {
      expect(validateProfile(profile)).toEqual({ ok: true, profile });
      for (const table of Object.values(profile.bySex)) {
        for (const id of conditionIds) expect(table[id].provenance.source).toBe('expert-set');
      }
    }
  });

  it('holds the priors.md values, with the female/male mean for other sex', () => {
    expect(clinicMethodProfile.bySex.female.saphenous_nerve_entrapment.probability).toBe(0.34);
    expect(clinicMethodProfile.bySex.male.saphenous_nerve_entrapment.probability).toBe(0.24);
    expect(clinicMethodProfile.bySex.other.saphenous_nerve_entrapment.probability).toBeCloseTo(
      0.29,
      10,
    );
    expect(literatureProfile.bySex.male.patellofemoral_malalignment.probability).toBe(0.4);
  });

  it('rejects an edited profile with clear, path-named errors', () => {
    const edited = structuredClone(clinicMethodProfile) as unknown as {
      bySex: { female: Record<string, { probability: number }> };
    };
    const female = edited.bySex.female;
    if (female.hip_referred_pain) female.hip_referred_pain.probability = 0.5;
    delete female.medial_meniscus_tear;
    const result = validateProfile(edited);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContain(
        'bySex.female.medial_meniscus_tear: missing: every condition needs a prior',
      );
      expect(
        result.errors.some((e) => e.startsWith('bySex.female: expected priors summing to 1')),
      ).toBe(true);
    }
    expect(validateProfile({ id: 'x' }).ok).toBe(false);
  });

  it('runs on a clinic’s own profile and reports it', () => {
    const custom: PriorProfile = {
      ...literatureProfile,
      id: 'north-clinic',
      version: 3,
      label: 'North',
    };
    const output = diagnose(
      { format: 'stride.case/v1' },
      { profile: custom, compareWith: 'clinic-method' },
    );
    expect(output.profile).toEqual({ id: 'north-clinic', version: 3 });
    expect(output.otherProfile.id).toBe('clinic-method');
    expect(output.differential[0]?.condition).toBe('patellofemoral_malalignment');
  });

  it('with no findings returns the priors, sex-specific for clinic-method', () => {
    const female = diagnose({ format: 'stride.case/v1', patient: { sex: 'female' } });
    expect(female.differential[0]).toMatchObject({
      condition: 'saphenous_nerve_entrapment',
      evidence: [],
    });
    expect(female.differential[0]?.probability).toBeCloseTo(0.34, 10);
    expect(female.otherProfile).toEqual({ id: 'literature', top: 'patellofemoral_malalignment' });
  });
});
