import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { CaseloadPatientInput } from '../src';
import { computeCaseloadFlags } from '../src';
import { day, patient } from './fixtures';

function fires(id: string, input: CaseloadPatientInput): boolean {
  return computeCaseloadFlags(input).some((flag) => flag.id === id);
}

describe('missed_follow_up: marked missed, or pending more than 3 days past due', () => {
  const request = (
    status: 'pending' | 'answered' | 'missed' | 'cancelled',
  ): CaseloadPatientInput['followUps'] => [{ key: 'week-1', dueDate: day(7), status }];
  it.each([
    ['pending, 3 days past due', 10, 'pending', false],
    ['pending, 4 days past due', 11, 'pending', true],
    ['marked missed', 8, 'missed', true],
    ['answered', 30, 'answered', false],
    ['cancelled', 30, 'cancelled', false],
  ] as const)('%s → %s', (_name, today, status, expected) => {
    expect(
      fires('missed_follow_up', patient({ today: day(today), followUps: request(status) })),
    ).toBe(expected);
  });
});

describe('low_adherence: under 50 % across the last two finished weeks', () => {
  const weeks = (...done: number[]): CaseloadPatientInput['adherence'] =>
    done.map((sessionsDone, index) => ({
      weekStart: day(index * 7),
      sessionsPlanned: 4,
      sessionsDone,
    }));
  it.each([
    ['3 of 8', 14, weeks(1, 2), true],
    ['exactly 4 of 8', 14, weeks(2, 2), false],
    ['second week not finished yet', 13, weeks(1, 2), false],
    ['an old bad week is out of the window', 21, weeks(0, 3, 3), false],
    [
      'extra sessions do not make up for missed ones (2 of 6, not 3 of 6)',
      14,
      [
        { weekStart: day(0), sessionsPlanned: 4, sessionsDone: 0 },
        { weekStart: day(7), sessionsPlanned: 2, sessionsDone: 3 },
      ],
      true,
    ],
  ])('%s → %s', (_name, today, adherence, expected) => {
    expect(fires('low_adherence', patient({ today: day(today), adherence }))).toBe(expected);
  });
});

describe('race_without_go: race within 28 days and no decision', () => {
  it.each([
    ['28 days away', 28, undefined, true],
    ['29 days away', 29, undefined, false],
    ['race today', 0, undefined, true],
    ['race yesterday', -1, undefined, false],
    ['go recorded', 10, 'go', false],
    ['no-go recorded', 10, 'no_go', false],
  ] as const)('%s → %s', (_name, daysAway, decision, expected) => {
    const input = patient({
      today: day(20),
      raceDate: day(20 + daysAway),
      goNoGoDecision: decision,
    });
    expect(fires('race_without_go', input)).toBe(expected);
  });

  it('property: fires exactly when 0 ≤ days to race ≤ 28 and undecided', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 120 }), (daysAway) => {
        const input = patient({ today: day(20), raceDate: day(20 + daysAway) });
        return fires('race_without_go', input) === (daysAway >= 0 && daysAway <= 28);
      }),
    );
  });
});

describe('red_flag_reported', () => {
  const flag = (reviewed: boolean): CaseloadPatientInput['redFlags'] => [
    { id: 'night_pain_unremitting', label: 'Unremitting night pain', reportedOn: day(3), reviewed },
  ];
  it('fires, urgent, for an unreviewed red flag', () => {
    const [first] = computeCaseloadFlags(patient({ redFlags: flag(false) }));
    expect(first).toMatchObject({
      id: 'red_flag_reported',
      severity: 'urgent',
      evidence: { redFlagIds: ['night_pain_unremitting'] },
    });
  });
  it('does not fire once reviewed', () => {
    expect(computeCaseloadFlags(patient({ redFlags: flag(true) }))).toEqual([]);
  });
});

describe('a quiet patient', () => {
  it('has no flags', () => {
    expect(computeCaseloadFlags(patient())).toEqual([]);
  });
});
