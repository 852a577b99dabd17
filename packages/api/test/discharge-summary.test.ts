import { describe, expect, it } from 'vitest';

import type { DischargeEvaluation } from '@stride/outcomes';

import type { DischargeFacts } from '../src/progress/evaluate-plan-discharge';
import { dischargeSummary } from '../src/progress/discharge-summary';

const facts: DischargeFacts = {
  primary: { baseline: 6, current: 2 },
  preInjuryWeeklyKm: 40,
  runsLastWeek: [
    { day: '2026-11-20', pain: 2, distanceKm: 20 },
    { day: '2026-11-24', pain: 1, distanceKm: 22 },
  ],
  keyDeficit: {
    key: 'contralateral_pelvic_drop:right',
    name: 'Contralateral pelvic drop at midstance',
    side: 'right',
    baseline: 9,
    retest: 5,
  },
  deficitOptions: [],
};
const evaluation = (
  met: [boolean | null, boolean | null, boolean | null],
): DischargeEvaluation => ({
  criteria: [
    { id: 'mcid_reached', met: met[0], explanation: '' },
    { id: 'running_volume', met: met[1], explanation: '' },
    { id: 'key_deficit_resolved', met: met[2], explanation: '' },
  ],
  allMet: met.every((m) => m === true),
  caveat: '',
});

describe('the patient’s discharge summary', () => {
  it.each([
    [[true, true, true], 'back to your usual 40 km, and your knee stayed within the pain rule'],
    [[true, null, true], 'as much as your usual 40 km. Keep noting how your knee feels'],
    [[true, false, true], 'your usual was 40 km. Build back up gradually'],
  ] as const)('running %j reads "%s"', (met, text) => {
    expect(dischargeSummary(evaluation([...met]), facts)).toContain(text);
  });

  it('says a real improvement only when the criterion is met, and never uses MCID or SDD', () => {
    const met = dischargeSummary(evaluation([true, true, true]), facts);
    expect(met).toContain('went from 6 to 2 out of 10: a real improvement.');
    expect(met).toContain('pelvic drop at midstance on your right side changed from 9 to 5');
    const notMet = dischargeSummary(evaluation([false, true, false]), facts);
    expect(notMet).not.toContain('real improvement');
    expect(notMet).toContain('keep up the exercises');
    expect(`${met} ${notMet}`).not.toMatch(/MCID|SDD/);
  });

  it('leaves out what the record does not have', () => {
    const text = dischargeSummary(evaluation([null, null, null]), {
      ...facts,
      primary: null,
      preInjuryWeeklyKm: null,
      keyDeficit: null,
    });
    expect(text).toBe(
      'You have finished your treatment plan. When you run, keep to the pain rule: no more than 5 out of 10 during a run, and back to normal by the next morning. If the pain comes back, book an appointment.',
    );
  });
});
