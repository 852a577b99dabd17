import { z } from 'zod';

import {
  compareGaitMetric,
  GAIT_METRIC_IDS,
  GAIT_METRICS,
  gaitMetricIdSchema,
} from '@stride/outcomes';

import type { GaitSession } from './load-gait-sessions';

export const gaitRowSchema = z.object({
  metric: gaitMetricIdSchema,
  side: z.enum(['left', 'right', 'both']),
  name: z.string(),
  unit: z.string(),
  baseline: z.number(),
  retest: z.number().nullable(),
  change: z.number().nullable(),
  status: z.enum(['beyond_error', 'within_error', 'no_sdd']).nullable(),
  sdd: z.number().nullable(),
  sddSource: z.string().nullable(),
  direction: z.enum(['better', 'worse']).nullable(),
  explanation: z.string().nullable(),
});
export type GaitRow = z.infer<typeof gaitRowSchema>;

const sideOrder = { both: 0, left: 1, right: 2 } as const;

/**
 * One row per baseline measure, held against the re-test's value for the same metric and side
 * with outcomes' SDD rule. Without a re-test (or that measure in it) the row carries the
 * baseline only.
 */
export function compareSessions(baseline: GaitSession, retest: GaitSession | null): GaitRow[] {
  return baseline.values
    .map((b): GaitRow => {
      const metric = GAIT_METRICS[b.metric];
      const r = retest?.values.find((v) => v.metric === b.metric && v.side === b.side);
      const base = {
        metric: b.metric,
        side: b.side,
        name: metric.name,
        unit: metric.unit,
        baseline: b.value,
        sddSource: metric.sdd?.source ?? null,
      };
      if (!r) {
        return {
          ...base,
          retest: null,
          change: null,
          status: null,
          sdd: metric.sdd?.high ?? null,
          direction: null,
          explanation: null,
        };
      }
      const c = compareGaitMetric(b.metric, b.value, r.value);
      return {
        ...base,
        retest: r.value,
        change: c.change,
        status: c.status,
        sdd: c.sdd,
        direction: c.direction,
        explanation: c.explanation,
      };
    })
    .sort(
      (a, b) =>
        GAIT_METRIC_IDS.indexOf(a.metric) - GAIT_METRIC_IDS.indexOf(b.metric) ||
        sideOrder[a.side] - sideOrder[b.side],
    );
}
