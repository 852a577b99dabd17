import { z } from 'zod';

import type { GaitMetricId } from './gait-metrics';
import { GAIT_METRICS, gaitMetricIdSchema } from './gait-metrics';

export const gaitComparisonSchema = z.object({
  metric: gaitMetricIdSchema,
  /** retest − baseline. */
  change: z.number(),
  status: z.enum(['beyond_error', 'within_error', 'no_sdd']),
  /** The SDD the change was held against (top of the published range), or null. */
  sdd: z.number().nullable(),
  /** Only for changes beyond error on metrics with a clear better direction. */
  direction: z.enum(['better', 'worse']).nullable(),
  explanation: z.string(),
});
export type GaitComparison = z.output<typeof gaitComparisonSchema>;

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Baseline vs re-test on one gait metric. A change is beyond measurement error only when it is
 * strictly larger than the top of the metric's published SDD range; metrics without an SDD say
 * so rather than guess.
 */
export function compareGaitMetric(
  metricId: GaitMetricId,
  baseline: number,
  retest: number,
): GaitComparison {
  const metric = GAIT_METRICS[metricId];
  const change = round2(retest - baseline);
  if (metric.sdd === null) {
    return {
      metric: metricId,
      change,
      status: 'no_sdd',
      sdd: null,
      direction: null,
      explanation: `${metric.name} changed by ${change} ${metric.unit}; no published SDD, so it cannot be told apart from measurement error.`,
    };
  }
  const sdd = metric.sdd.high;
  if (Math.abs(change) <= sdd) {
    return {
      metric: metricId,
      change,
      status: 'within_error',
      sdd,
      direction: null,
      explanation: `${metric.name} changed by ${change}°, within the ${sdd}° SDD: not beyond measurement error.`,
    };
  }
  const direction =
    metric.lowerIsBetter === null ? null : change < 0 === metric.lowerIsBetter ? 'better' : 'worse';
  return {
    metric: metricId,
    change,
    status: 'beyond_error',
    sdd,
    direction,
    explanation: `${metric.name} changed by ${change}°, more than the ${sdd}° SDD: a real change${direction === null ? '' : ` for the ${direction}`}.`,
  };
}
