import { describe, expect, it } from 'vitest';

import type { StrideCase } from '../src/index';
import { diagnose } from '../src/index';
import { readCase } from './public-cases';

describe('output details', () => {
  it('explains the leader with kinds and sources', () => {
    const output = diagnose(readCase('p01-saphenous-classic.json'));
    const saphenous = output.differential[0];
    expect(saphenous?.condition).toBe('saphenous_nerve_entrapment');
    expect(saphenous?.evidence).toContainEqual(
      expect.objectContaining({
        finding: 'exam.tests.tinel_adductor_canal',
        value: 'positive',
        direction: 'for',
        kind: 'expert-weight',
      }),
    );
    expect(output.contributingFactors).toEqual([
      'low cadence',
      'contralateral pelvic drop',
      'dynamic knee valgus (marked)',
    ]);
  });

  it('replaces the parts of a met cluster by the cluster', () => {
    const output = diagnose(readCase('p02-patellofemoral-malalignment.json'), {
      profile: 'literature',
    });
    const pfm = output.differential.find((d) => d.condition === 'patellofemoral_malalignment');
    expect(pfm?.evidence).toContainEqual(expect.objectContaining({ kind: 'cluster', weight: 4 }));
    expect(pfm?.evidence.some((e) => e.finding === 'exam.tests.resisted_quadriceps_pain')).toBe(
      false,
    );
  });

  it('counts only the strongest finding of a family', () => {
    const itbs = diagnose(readCase('p04-itbs-textbook.json')).differential.find(
      (d) => d.condition === 'iliotibial_band_syndrome',
    );
    const provocation = itbs?.evidence.filter((e) =>
      [
        'exam.palpation.lateral_femoral_epicondyle',
        'exam.tests.noble_compression',
        'exam.tests.renne',
      ].includes(e.finding),
    );
    expect(provocation).toHaveLength(1);
    expect(provocation?.[0]?.weight).toBe(4);
  });

  it('names hip, cadence and overstride as contributing factors', () => {
    const input: StrideCase = {
      format: 'stride.case/v1',
      gait: { cadenceSpm: 150, tibiaInclinationAtContactDeg: 12 },
      exam: {
        strength: { hipAbductionNmPerKg: 0.9 },
        mobility: { ankleDorsiflexionKneeToWallCm: 5 },
      },
    };
    expect(diagnose(input).contributingFactors).toEqual([
      'hip abductor weakness',
      'low cadence',
      'overstride',
      'limited ankle dorsiflexion',
    ]);
  });

  it('refers non-urgently for locking, urgently for a red flag', () => {
    const locking = diagnose({
      format: 'stride.case/v1',
      history: { mechanicalSymptoms: ['locking'] },
    }).referral;
    expect(locking).toMatchObject({ recommended: true, urgent: false });
    const septic = diagnose(readCase('p08-red-flag-septic.json')).referral;
    expect(septic.urgent).toBe(true);
    expect(septic.reasons).toContain('red flag: Hot, swollen joint');
  });

  it('suggests the saphenous block only once saphenous entrapment leads', () => {
    expect(diagnose(readCase('p01-saphenous-classic.json')).nextTests[0]).toBe(
      'saphenous_block_relief',
    );
    expect(diagnose(readCase('p09-medial-meniscus.json')).nextTests).not.toContain(
      'saphenous_block_relief',
    );
  });
});
