import { describe, expect, it } from 'vitest';

import type { DischargeInput } from '../src';
import { DISCHARGE_CAVEAT, evaluateDischarge } from '../src';

const today = '2026-03-10';
const goodRun = { volume: 10, painDuring: 3, painNextMorning: 0 };
const base: DischargeInput = {
  today,
  primary: { instrumentId: 'koos_pf', baseline: 45, current: 70 },
  running: {
    preInjuryWeeklyVolume: 30,
    unit: 'km',
    runs: [
      { date: '2026-03-04', ...goodRun },
      { date: '2026-03-07', ...goodRun },
      { date: '2026-03-10', ...goodRun },
    ],
  },
  keyDeficit: { kind: 'gait', metric: 'contralateral_pelvic_drop', baseline: 8, retest: 4 },
};

function met(input: DischargeInput): Record<string, boolean | null> {
  return Object.fromEntries(evaluateDischarge(input).criteria.map((c) => [c.id, c.met]));
}

describe('evaluateDischarge', () => {
  it('all three criteria met, with the caveat that no published rule exists', () => {
    const result = evaluateDischarge(base);
    expect(result.allMet).toBe(true);
    expect(result.caveat).toBe(DISCHARGE_CAVEAT);
    expect(result.caveat).toMatch(/No published discharge rule/);
  });

  it.each([
    [
      'KOOS-PF change 16.3 < MIC 16.4',
      { primary: { instrumentId: 'koos_pf', baseline: 45, current: 61.3 } },
      'mcid_reached',
      false,
    ],
    [
      'KOOS-PF change exactly 16.4',
      { primary: { instrumentId: 'koos_pf', baseline: 45, current: 61.4 } },
      'mcid_reached',
      true,
    ],
    [
      'NPRS 6 → 4 (lower is better)',
      { primary: { instrumentId: 'nprs', baseline: 6, current: 4 } },
      'mcid_reached',
      true,
    ],
    [
      'running function has no MCID',
      { primary: { instrumentId: 'running_function', baseline: 10, current: 90 } },
      'mcid_reached',
      null,
    ],
    [
      'CPD change 2.8° is within SDD',
      {
        keyDeficit: { kind: 'gait', metric: 'contralateral_pelvic_drop', baseline: 8, retest: 5.2 },
      },
      'key_deficit_resolved',
      false,
    ],
    [
      'CPD worse beyond SDD',
      { keyDeficit: { kind: 'gait', metric: 'contralateral_pelvic_drop', baseline: 4, retest: 8 } },
      'key_deficit_resolved',
      false,
    ],
    [
      'cadence has no SDD',
      { keyDeficit: { kind: 'gait', metric: 'cadence', baseline: 160, retest: 175 } },
      'key_deficit_resolved',
      null,
    ],
    ['no deficit recorded', { keyDeficit: undefined }, 'key_deficit_resolved', null],
    [
      'strength deficit with a clinic SDD',
      {
        keyDeficit: {
          kind: 'custom',
          name: 'Hip abductor torque',
          baseline: 1.2,
          retest: 1.6,
          sdd: 0.3,
          sddSource: 'clinic dynamometer study',
          lowerIsBetter: false,
        },
      },
      'key_deficit_resolved',
      true,
    ],
  ] as const)('%s', (_name, overrides, id, expected) => {
    expect(met({ ...base, ...overrides })[id]).toBe(expected);
  });

  const runs = (
    extra: Partial<typeof goodRun & { painBefore: number }>,
    date = '2026-03-10',
  ): DischargeInput['running'] => ({
    ...base.running,
    runs: [
      { date: '2026-03-04', ...goodRun },
      { date: '2026-03-07', ...goodRun },
      { date, ...goodRun, ...extra },
    ],
  });
  it.each([
    ['volume below pre-injury', runs({ volume: 9 }), false],
    ['pain during 6/10 breaks the rule', runs({ painDuring: 6 }), false],
    ['pain during exactly 5/10 is allowed', runs({ painDuring: 5 }), true],
    ['morning pain not settled', runs({ painNextMorning: 2 }), false],
    ['morning pain back to the pre-run level', runs({ painNextMorning: 1, painBefore: 1 }), true],
    ['a run outside the 7-day window does not count', runs({}, '2026-03-03'), false],
  ])('running volume: %s', (_name, running, expected) => {
    expect(met({ ...base, running }).running_volume).toBe(expected);
  });

  it('running volume is unknown until the next-morning pain is in', () => {
    const running = {
      ...base.running,
      runs: base.running.runs.map((run) => ({ ...run, painNextMorning: undefined })),
    };
    expect(met({ ...base, running }).running_volume).toBeNull();
  });
});
