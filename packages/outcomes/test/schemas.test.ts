import { describe, expect, it } from 'vitest';

import {
  caseloadFlagSchema,
  computeCaseloadFlags,
  dischargeEvaluationSchema,
  evaluateDischarge,
  followUpSchedule,
  followUpScheduleSchema,
  INSTRUMENTS,
  instrumentSchema,
  scoreResponse,
  scoreResultSchema,
} from '../src';
import { day, nprs, patient } from './fixtures';

describe('the shipped data and outputs match their own schemas', () => {
  it.each(Object.values(INSTRUMENTS))('$id parses as an instrument', (instrument) => {
    expect(instrumentSchema.parse(instrument)).toEqual(instrument);
  });

  it.each(Object.values(INSTRUMENTS))('$id ships no wording when licensed', (instrument) => {
    if (!instrument.licensed) return;
    expect(instrument.items.every((item) => item.prompt === undefined)).toBe(true);
    expect(instrument.licenceNote).toMatch(/clinic pastes/);
  });

  it('outputs parse', () => {
    expect(() =>
      scoreResultSchema.parse(scoreResponse(INSTRUMENTS.nprs, { usual: 1 })),
    ).not.toThrow();
    expect(() =>
      followUpScheduleSchema.parse(
        followUpSchedule({ planStart: day(0), today: day(0), raceDate: day(60) }),
      ),
    ).not.toThrow();
    const flags = computeCaseloadFlags(
      patient({
        today: day(42),
        scores: [nprs(0, 6)],
        redFlags: [{ id: 'x', label: 'X', reportedOn: day(1), reviewed: false }],
      }),
    );
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(caseloadFlagSchema.parse(flag)).toEqual(flag);
    const discharge = evaluateDischarge({
      today: day(60),
      primary: { instrumentId: 'lefs', baseline: 40, current: 50 },
      running: { preInjuryWeeklyVolume: 20, unit: 'km', runs: [] },
    });
    expect(dischargeEvaluationSchema.parse(discharge)).toEqual(discharge);
  });
});
