import type { GaitSession } from '@stride/exam-schema';
import {
  footStrikeIds,
  gaitMeasures,
  gaitSessionSchema,
  valgusGradeIds,
} from '@stride/exam-schema';

import { fileTooLargeMessage, GAIT_CSV_MAX_BYTES } from './upload-limits';

/**
 * Gait metrics as CSV, one metric per line: `metric,side,value` with a header row.
 * `side` is `left`, `right` or `both` (whole-body metrics: cadenceSpm, verticalOscillationCm,
 * footStrike, crossoverGait). Numbers use a dot for decimals. See docs/gait-csv.md.
 */
const WHOLE_BODY = new Set(['cadenceSpm', 'verticalOscillationCm', 'footStrike', 'crossoverGait']);
const PER_SIDE_ENUMS: Record<string, readonly string[]> = { dynamicKneeValgus: valgusGradeIds };

export type GaitCsvResult =
  { ok: true; gait: GaitSession; rows: number } | { ok: false; errors: string[] };

export function parseGaitCsv(text: string): GaitCsvResult {
  if (text.length > GAIT_CSV_MAX_BYTES)
    return { ok: false, errors: [fileTooLargeMessage(GAIT_CSV_MAX_BYTES)] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: string[] = [];
  const header = lines[0]?.trim().toLowerCase().replace(/\s/g, '');
  if (header !== 'metric,side,value')
    return { ok: false, errors: ['Line 1: the header must be exactly "metric,side,value".'] };
  const gait: Record<string, unknown> & {
    left?: Record<string, unknown>;
    right?: Record<string, unknown>;
  } = {};
  let rows = 0;
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    const cells = raw.split(',').map((c) => c.trim());
    if (cells.length !== 3)
      return void errors.push(
        `Line ${line}: expected 3 values (metric,side,value), found ${cells.length}.`,
      );
    const [metric = '', side = '', value = ''] = cells;
    const measure = (gaitMeasures as Record<string, { label: string; min: number; max: number }>)[
      metric
    ];
    const known =
      measure !== undefined ||
      metric === 'footStrike' ||
      metric === 'crossoverGait' ||
      metric in PER_SIDE_ENUMS;
    if (!known) return void errors.push(`Line ${line}: unknown metric "${metric}".`);
    const whole = WHOLE_BODY.has(metric);
    if (whole ? side !== 'both' : side !== 'left' && side !== 'right') {
      return void errors.push(
        `Line ${line}: ${metric} needs side ${whole ? '"both"' : '"left" or "right"'}, not "${side}".`,
      );
    }
    let parsed: unknown;
    if (measure) {
      const n = Number(value);
      if (value === '' || !Number.isFinite(n))
        return void errors.push(`Line ${line}: ${metric} must be a number, not "${value}".`);
      if (n < measure.min || n > measure.max)
        return void errors.push(
          `Line ${line}: ${metric} must be between ${measure.min} and ${measure.max}, not ${n}.`,
        );
      parsed = n;
    } else if (metric === 'crossoverGait') {
      if (value !== 'true' && value !== 'false')
        return void errors.push(`Line ${line}: crossoverGait must be true or false.`);
      parsed = value === 'true';
    } else {
      const allowed = metric === 'footStrike' ? footStrikeIds : (PER_SIDE_ENUMS[metric] ?? []);
      if (!allowed.includes(value))
        return void errors.push(
          `Line ${line}: ${metric} must be one of ${allowed.join(', ')}, not "${value}".`,
        );
      parsed = value;
    }
    const target = whole ? gait : (gait[side as 'left' | 'right'] ??= {});
    if (metric in target)
      return void errors.push(`Line ${line}: ${metric}${whole ? '' : ` (${side})`} appears twice.`);
    target[metric] = parsed;
    rows++;
  });
  if (errors.length > 0) return { ok: false, errors };
  if (rows === 0) return { ok: false, errors: ['The file has a header but no metrics.'] };
  const checked = gaitSessionSchema.safeParse(gait);
  if (!checked.success)
    return {
      ok: false,
      errors: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  return { ok: true, gait: checked.data, rows };
}
