import { describe, expect, it } from 'vitest';

import { compareGaitMetric, GAIT_METRIC_IDS, GAIT_METRICS } from '../src';

describe('compareGaitMetric: SDD boundaries', () => {
  it.each([
    // CPD SDD 2.7–2.8°: strictly more than 2.8 is beyond error
    ['contralateral_pelvic_drop', 8, 5.2, 'within_error', null],
    ['contralateral_pelvic_drop', 8, 5.1, 'beyond_error', 'better'],
    ['contralateral_pelvic_drop', 5, 8, 'beyond_error', 'worse'],
    // Hip adduction SDD 2.3–3.8°
    ['peak_hip_adduction', 14, 10.2, 'within_error', null],
    ['peak_hip_adduction', 14, 10.1, 'beyond_error', 'better'],
    // Tibia inclination SDD 2.2–4.8°
    ['tibia_inclination', 10, 5.2, 'within_error', null],
    ['tibia_inclination', 10, 5, 'beyond_error', 'better'],
    ['cadence', 160, 176, 'no_sdd', null],
  ] as const)('%s %d → %d is %s', (metric, baseline, retest, status, direction) => {
    expect(compareGaitMetric(metric, baseline, retest)).toMatchObject({ status, direction });
  });

  it('exactly the three metrics with a published SDD have one', () => {
    const withSdd = GAIT_METRIC_IDS.filter((id) => GAIT_METRICS[id].sdd !== null);
    expect(withSdd).toEqual([
      'tibia_inclination',
      'contralateral_pelvic_drop',
      'peak_hip_adduction',
    ]);
  });

  it.each(GAIT_METRIC_IDS.filter((id) => GAIT_METRICS[id].sdd === null))(
    '%s says it has no SDD',
    (metric) => {
      const result = compareGaitMetric(metric, 1, 100);
      expect(result.status).toBe('no_sdd');
      expect(result.explanation).toMatch(/no published SDD/);
    },
  );
});
