import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseCase, strideCaseSchema } from '../src/index';
import { caseArbitrary } from '../src/testing/case-arbitrary';
import { readPublicCases } from './public-cases';

function errorsOf(input: unknown): readonly string[] {
  const result = parseCase(input);
  return result.ok ? [] : result.errors;
}

const base = { format: 'stride.case/v1' };

describe('stride.case/v1', () => {
  const cases = readPublicCases();

  it('finds the public cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('accepts and round-trips $name unchanged', ({ raw }) => {
    const result = parseCase(raw);
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.parse(JSON.stringify(result.value))).toStrictEqual(raw);
  });

  it('round-trips any generated valid case', () => {
    fc.assert(
      fc.property(caseArbitrary, (input) => {
        const json = JSON.parse(JSON.stringify(input)) as unknown;
        const result = strideCaseSchema.safeParse(json);
        expect(result.success).toBe(true);
        expect(JSON.parse(JSON.stringify(result.data))).toStrictEqual(json);
      }),
    );
  });

  it('accepts the minimal document: only format is required', () => {
    expect(errorsOf(base)).toEqual([]);
  });

  it('names the path and the expected range for out-of-range numbers', () => {
    expect(errorsOf({ ...base, gait: { cadenceSpm: 90 } })).toEqual([
      'gait.cadenceSpm: expected a number between 100 and 260',
    ]);
    expect(errorsOf({ ...base, exam: { strength: { quadricepsNmPerKg: 9 } } })).toEqual([
      'exam.strength.quadricepsNmPerKg: expected a number between 0 and 8',
    ]);
  });

  it('rejects wrong types with the path', () => {
    expect(errorsOf({ ...base, history: { durationWeeks: '6' } })).toEqual([
      'history.durationWeeks: expected a number between 0 and 520',
    ]);
    expect(errorsOf({ ...base, history: { nightPain: 'yes' } })).toEqual([
      'history.nightPain: expected true or false',
    ]);
    expect(errorsOf({ ...base, patient: { ageYears: 34.5 } })).toEqual([
      'patient.ageYears: expected a whole number between 0 and 120',
    ]);
  });

  it('rejects unknown keys at every level, naming each', () => {
    expect(errorsOf({ ...base, extra: 1 })).toEqual(['extra: unknown key, not part of the format']);
    expect(errorsOf({ ...base, gait: { cadence: 160 } })).toEqual([
      'gait.cadence: unknown key, not part of the format',
    ]);
    expect(errorsOf({ ...base, exam: { tests: { lachman: 'positive' } } })).toEqual([
      'exam.tests.lachman: unknown key, not part of the format',
    ]);
    expect(errorsOf({ ...base, exam: { palpation: { fibular_head: 'tender' } } })).toEqual([
      'exam.palpation.fibular_head: unknown key, not part of the format',
    ]);
  });

  it('rejects unknown enum values, listing what is allowed', () => {
    const [sideError] = errorsOf({ ...base, side: 'both' });
    expect(sideError).toBe('side: expected one of: left, right, bilateral');
    expect(errorsOf({ ...base, exam: { tests: { clarke: 'equivocal' } } })).toEqual([
      'exam.tests.clarke: expected one of: positive, negative',
    ]);
    expect(errorsOf({ ...base, history: { painRegions: ['medial_knee', 'shin'] } })[0]).toMatch(
      /^history\.painRegions\[1\]: expected one of: anterior_patella/,
    );
  });

  it('requires the format marker and a real date', () => {
    expect(errorsOf({})).toEqual(['format: expected "stride.case/v1"']);
    expect(errorsOf({ ...base, history: { targetRace: { date: '2027-02-30' } } })).toEqual([
      'history.targetRace.date: expected a date as YYYY-MM-DD',
    ]);
  });

  it('keeps absent distinct from negative', () => {
    const result = parseCase({ ...base, exam: { tests: { clarke: 'negative' } } });
    expect(result.ok && result.value.exam?.tests).toEqual({ clarke: 'negative' });
    const empty = parseCase({ ...base, exam: { tests: {} } });
    expect(empty.ok && 'clarke' in (empty.value.exam?.tests ?? {})).toBe(false);
  });
});
