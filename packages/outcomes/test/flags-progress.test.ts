import { describe, expect, it } from 'vitest';

import type { CaseloadPatientInput } from '../src';
import { computeCaseloadFlags } from '../src';
import { day, nprs, patient } from './fixtures';

function ids(input: CaseloadPatientInput): string[] {
  return computeCaseloadFlags(input).map((flag) => flag.id);
}

describe('not_improving: no change beyond MCID by week 6 (day 42)', () => {
  it.each([
    ['day 41, within MCID', 41, [nprs(0, 6), nprs(40, 5)], false],
    ['day 42, within MCID', 42, [nprs(0, 6), nprs(40, 5)], true],
    ['day 42, no score since baseline', 42, [nprs(0, 6)], true],
    ['day 42, improved by exactly the MCID', 42, [nprs(0, 6), nprs(40, 4)], false],
    [
      'day 60, improved at week 4 but back within MCID',
      60,
      [nprs(0, 6), nprs(28, 3), nprs(56, 5)],
      true,
    ],
    ['day 42, worsened (raises worsening instead)', 42, [nprs(0, 6), nprs(40, 8)], false],
  ])('%s → %s', (_name, today, scores, fires) => {
    expect(ids(patient({ today: day(today), scores })).includes('not_improving')).toBe(fires);
  });

  it('never fires on an instrument without an MCID', () => {
    const scores = [{ instrumentId: 'running_function' as const, date: day(0), value: 40 }];
    expect(
      ids(patient({ today: day(50), primaryInstrumentId: 'running_function', scores })),
    ).toEqual([]);
  });

  it('says what to do and carries the numbers', () => {
    const [flag] = computeCaseloadFlags(
      patient({ today: day(42), scores: [nprs(0, 6), nprs(40, 5)] }),
    );
    expect(flag).toMatchObject({
      id: 'not_improving',
      severity: 'medium',
      evidence: { baseline: 6, latest: 5, mcid: 2, planDay: 42 },
    });
    expect(flag?.message).toMatch(/review the plan/);
  });
});

describe('worsening', () => {
  const log = (n: number, painDuring: number): { date: string; painDuring: number } => ({
    date: day(n),
    painDuring,
  });
  it.each([
    ['NPRS up by the MCID', { scores: [nprs(0, 6), nprs(14, 8)] }, true],
    ['NPRS up by less', { scores: [nprs(0, 6), nprs(14, 7)] }, false],
    [
      'a secondary instrument (LEFS) down by 9',
      {
        scores: [
          nprs(0, 6),
          { instrumentId: 'lefs' as const, date: day(0), value: 50 },
          { instrumentId: 'lefs' as const, date: day(14), value: 41 },
        ],
      },
      true,
    ],
    [
      'run pain up 2 points from the first two weeks',
      { painLogs: [log(1, 2), log(3, 2), log(36, 4), log(38, 4)] },
      true,
    ],
    ['run pain up 1.5 points', { painLogs: [log(1, 2), log(3, 2), log(36, 3), log(38, 4)] }, false],
    ['only one recent run', { painLogs: [log(1, 2), log(3, 2), log(38, 9)] }, false],
  ])('%s → %s', (_name, overrides, fires) => {
    expect(ids(patient({ today: day(40), ...overrides })).includes('worsening')).toBe(fires);
  });
});

describe('saphenous_prompt (research.md §1.5)', () => {
  const failingPf = patient({
    today: day(42),
    planCondition: 'patellofemoral_malalignment',
    scores: [nprs(0, 6), nprs(40, 5)],
    painRegions: ['medial_knee', 'retropatellar'],
    painQualities: ['aching', 'burning'],
  });
  const adherence = (done: number): CaseloadPatientInput['adherence'] => [
    { weekStart: day(28), sessionsPlanned: 4, sessionsDone: done },
    { weekStart: day(35), sessionsPlanned: 4, sessionsDone: done },
  ];

  it('fires and suggests re-running with the patellofemoral programme marked failed', () => {
    const flag = computeCaseloadFlags(failingPf).find((f) => f.id === 'saphenous_prompt');
    expect(flag).toMatchObject({
      severity: 'high',
      suggestedHistory: { priorCareFailed: ['patellofemoral_program'] },
      evidence: { painRegions: ['medial_knee'], painQualities: ['burning'] },
    });
  });

  it.each([
    ['day 41', { today: day(41) }, false],
    ['chondromalacia plan', { planCondition: 'chondromalacia_patellae' }, true],
    ['ITB plan', { planCondition: 'iliotibial_band_syndrome' }, false],
    ['no inner-knee pain', { painRegions: ['retropatellar'] }, false],
    ['no neuropathic quality', { painQualities: ['aching'] }, false],
    ['plan working (improved by the MCID)', { scores: [nprs(0, 6), nprs(40, 4)] }, false],
    ['already recorded as failed care', { priorCareFailed: ['patellofemoral_program'] }, false],
    ['adherence under 50 %', { adherence: adherence(1) }, false],
    ['adherence exactly 50 %', { adherence: adherence(2) }, true],
    ['worsening also counts as failing', { scores: [nprs(0, 6), nprs(40, 9)] }, true],
  ])('%s → %s', (_name, overrides, fires) => {
    expect(ids({ ...failingPf, ...overrides }).includes('saphenous_prompt')).toBe(fires);
  });
});
