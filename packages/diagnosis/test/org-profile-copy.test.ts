import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { StrideCase } from '@stride/exam-schema';
import { caseArbitrary } from '@stride/exam-schema/testing';

import {
  clinicMethodProfile,
  conditionIds,
  diagnose,
  orgProfile,
  startingPriors,
} from '../src/index';
import { casesDir, readCase } from './public-cases';

const sexes = ['female', 'male', 'other', undefined] as const;

function withSex(input: StrideCase, sex: (typeof sexes)[number]): StrideCase {
  const { sex: _ignored, ...patient } = input.patient ?? {};
  return { ...input, patient: sex === undefined ? patient : { ...patient, sex } };
}

/**
 * An admin who copies clinic-method and changes nothing must get exactly clinic-method's
 * suggestions for every patient. The copy is given clinic-method's id and version so the whole
 * serialised output, not only its numbers, can be compared byte for byte.
 */
describe('an unchanged copy of clinic-method', () => {
  const result = orgProfile({
    id: clinicMethodProfile.id,
    version: clinicMethodProfile.version,
    name: 'Copy of clinic method',
    priors: JSON.parse(JSON.stringify(startingPriors('clinic-method'))) as unknown,
  });
  if (!result.ok) throw new Error(result.errors.join('; '));
  const copy = result.profile;
  const names = readdirSync(casesDir).filter(
    (n) => n.endsWith('.json') && n !== 'expectations.json',
  );
  const inputs = [
    ...names.map((n) => readCase(n)),
    ...fc.sample(caseArbitrary, { numRuns: 300, seed: 7 }),
  ];

  it('has the same probability for every sex and condition', () => {
    for (const sex of ['female', 'male', 'other'] as const)
      for (const id of conditionIds)
        expect(copy.bySex[sex][id].probability).toBe(
          clinicMethodProfile.bySex[sex][id].probability,
        );
  });

  it.each(sexes)('gives byte-identical engine output for sex %s', (sex) => {
    expect(inputs.length).toBeGreaterThan(300);
    for (const input of inputs.map((i) => withSex(i, sex))) {
      const builtIn = JSON.stringify(diagnose(input, { profile: 'clinic-method' }));
      const copied = JSON.stringify(diagnose(input, { profile: copy, compareWith: 'literature' }));
      expect(copied).toBe(builtIn);
    }
  });
});
