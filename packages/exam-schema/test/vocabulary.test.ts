import { describe, expect, it } from 'vitest';

import {
  conditionIds,
  conditionLabels,
  diagnosisOutputSchema,
  examTestGroups,
  examTestIds,
  examTestLabels,
  formatIssues,
  palpationSiteGroups,
  palpationSiteIds,
  priorProfileSchema,
} from '../src/index';

describe('vocabularies', () => {
  it('labels every condition and test', () => {
    for (const id of conditionIds) expect(conditionLabels[id]).toMatch(/\w/);
    for (const id of examTestIds) expect(examTestLabels[id]).toMatch(/\w/);
    expect(conditionIds).toHaveLength(10);
  });

  it('groups every test and palpation site exactly once, as a clinician works', () => {
    expect(examTestGroups.flatMap((g) => g.ids).sort()).toEqual([...examTestIds].sort());
    expect(palpationSiteGroups.flatMap((g) => g.ids).sort()).toEqual([...palpationSiteIds].sort());
    expect(examTestGroups.map((g) => g.id)).toEqual([
      'patellofemoral',
      'iliotibial_band',
      'nerves',
      'tendon_bursa',
      'meniscus',
      'lumbar_hip',
    ]);
  });
});

describe('output and profile schemas', () => {
  it('accepts the documented output shape and rejects extra keys', () => {
    const output = {
      profile: { id: 'clinic-method', version: 1 },
      engineVersion: '1.0.0',
      differential: conditionIds.map((condition, i) => ({
        condition,
        probability: i === 0 ? 1 : 0,
        evidence:
          i === 0
            ? [
                {
                  finding: 'exam.tests.tinel_adductor_canal',
                  value: 'positive',
                  direction: 'for',
                  weight: 3,
                  kind: 'expert-weight',
                  source: 'expert weight',
                },
              ]
            : [],
      })),
      otherProfile: { id: 'literature', top: 'patellofemoral_malalignment' },
      referral: { recommended: false, urgent: false, reasons: [] },
      nextTests: ['saphenous_block_relief'],
      contributingFactors: ['low cadence'],
    };
    expect(diagnosisOutputSchema.safeParse(output).success).toBe(true);
    expect(diagnosisOutputSchema.safeParse({ ...output, extra: true }).success).toBe(false);
  });

  it('explains a profile that is incomplete or does not sum to 1', () => {
    const provenance = { source: 'clinic-edit', citation: 'admin edit', setBy: 'admin' };
    const table = Object.fromEntries(
      conditionIds.map((id) => [id, { probability: 0.1, provenance }]),
    );
    const { hip_referred_pain: _dropped, ...missing } = table;
    const result = priorProfileSchema.safeParse({
      id: 'my-clinic',
      version: 2,
      label: 'Mine',
      sexSpecific: false,
      bySex: {
        female: table,
        male: missing,
        other: { ...table, iliotibial_band_syndrome: { probability: 1.5, provenance } },
      },
    });
    expect(result.success).toBe(false);
    expect(formatIssues(result.error?.issues ?? [])).toEqual([
      'bySex.male.hip_referred_pain: missing: every condition needs a prior',
      'bySex.male: expected priors summing to 1 (±0.001), got 0.9000',
      'bySex.other.iliotibial_band_syndrome.probability: expected a probability between 0 and 1',
      'bySex.other: expected priors summing to 1 (±0.001), got 2.4000',
    ]);
  });
});
