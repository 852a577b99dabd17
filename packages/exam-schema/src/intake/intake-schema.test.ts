import { describe, expect, it } from 'vitest';

import type { IntakeData } from '../index';
import {
  historySchema,
  intakeFieldLabels,
  intakeRedFlagQuestions,
  intakeSchema,
  intakeSignatureSchema,
  intakeSubmissionIssues,
  intakeToHistory,
  redFlagIds,
  signatureMatches,
} from '../index';

const complete: IntakeData = {
  side: 'right',
  painRegions: ['medial_knee', 'medial_thigh'],
  painQualities: ['burning', 'tingling'],
  aggravators: ['running_fixed_distance', 'crossing_legs'],
  onset: 'insidious',
  durationWeeks: 10,
  nightPain: false,
  mechanicalSymptoms: [],
  backPain: false,
  weeklyDistanceKm: 55,
  recentLoadIncreasePct: 30,
  targetRaceName: 'Los Angeles Marathon',
  targetRaceDate: '2027-03-21',
  redFlags: [],
  noRedFlags: true,
};

describe('intake schema', () => {
  it('accepts an empty draft and a complete intake', () => {
    expect(intakeSchema.parse({})).toEqual({});
    expect(intakeSchema.parse(complete)).toEqual(complete);
    expect(intakeSubmissionIssues(complete)).toEqual([]);
  });

  it.each([
    [
      { weeklyDistanceKm: 900 },
      'Weekly running distance (km): enter a number between 0 and 400 km.',
    ],
    [{ painRegions: ['kneecap'] }, 'Where it hurts: choose from the options shown.'],
    [{ targetRaceDate: '21/03/2027' }, 'Race date: enter a date as YYYY-MM-DD.'],
  ])('names the field in its error for %j', (input, message) => {
    const result = intakeSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
  });

  it('rejects keys it does not know', () => {
    expect(intakeSchema.safeParse({ colour: 'red' }).success).toBe(false);
  });

  it('lists what a submission still needs, field by field', () => {
    expect(intakeSubmissionIssues({}).map((i) => i.field)).toEqual([
      'side',
      'painRegions',
      'onset',
      'durationWeeks',
      'redFlags',
    ]);
    expect(
      intakeSubmissionIssues({ ...complete, redFlags: ['fever_or_unwell'], noRedFlags: true }),
    ).toHaveLength(1);
    expect(
      intakeSubmissionIssues({ ...complete, redFlags: ['fever_or_unwell'], noRedFlags: false }),
    ).toEqual([]);
  });

  it('requires consent and a typed name', () => {
    expect(intakeSignatureSchema.safeParse({ consent: false, signedName: 'A' }).success).toBe(
      false,
    );
    expect(intakeSignatureSchema.safeParse({ consent: true, signedName: '  ' }).success).toBe(
      false,
    );
    expect(intakeSignatureSchema.parse({ consent: true, signedName: ' Pat Runner ' })).toEqual({
      consent: true,
      signedName: 'Pat Runner',
    });
  });

  it('matches signatures ignoring case and spacing only', () => {
    expect(signatureMatches('  pat   RUNNER ', 'Pat Runner')).toBe(true);
    expect(signatureMatches('Pat Runer', 'Pat Runner')).toBe(false);
    expect(signatureMatches('', '')).toBe(false);
  });

  it('words every red flag for patients and labels every field', () => {
    for (const id of redFlagIds) expect(intakeRedFlagQuestions[id]).toMatch(/\w/);
    for (const label of Object.values(intakeFieldLabels)) expect(label).toMatch(/\w/);
  });
});

describe('intakeToHistory', () => {
  it('maps a complete intake to a valid case history', () => {
    const history = intakeToHistory(complete);
    expect(historySchema.parse(history)).toEqual({
      painRegions: ['medial_knee', 'medial_thigh'],
      painQualities: ['burning', 'tingling'],
      aggravators: ['running_fixed_distance', 'crossing_legs'],
      onset: 'insidious',
      durationWeeks: 10,
      nightPain: false,
      backPain: false,
      weeklyDistanceKm: 55,
      recentLoadIncreasePct: 30,
      redFlags: [],
      targetRace: { name: 'Los Angeles Marathon', date: '2027-03-21' },
    });
  });

  it('leaves unanswered questions absent, not negative', () => {
    expect(intakeToHistory({})).toEqual({});
    expect(intakeToHistory({ redFlags: ['history_of_cancer'] })).toEqual({
      redFlags: ['history_of_cancer'],
    });
    expect(intakeToHistory({ targetRaceDate: '2027-03-21' })).toEqual({
      targetRace: { date: '2027-03-21' },
    });
  });
});
