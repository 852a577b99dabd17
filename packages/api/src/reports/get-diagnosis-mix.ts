import { sql } from 'drizzle-orm';
import { z } from 'zod';

import { rawRows } from '@stride/db';
import { conditionLabels } from '@stride/diagnosis';

import type { AuthedContext } from '../context';
import type { ReportFiltersInput } from './report-filters';
import { episodesCte } from './episodes-sql';
import { locationsCte, reportRange, resolveFilters } from './report-filters';

export const diagnosisMixRow = z.object({
  condition: z.string(),
  label: z.string(),
  /** Side-specific ICD-10-CM codes seen for the condition, comma-separated. */
  icd10Codes: z.string(),
  diagnoses: z.number(),
  share: z.number().nullable(),
  /** How many times the clinician confirmed what the engine ranked first. */
  engineTopConfirmed: z.number(),
  engineTopRate: z.number().nullable(),
});
export const engineAgreementRow = z.object({
  clinicianId: z.string(),
  clinicianName: z.string(),
  diagnoses: z.number(),
  engineTopConfirmed: z.number(),
  engineTopRate: z.number().nullable(),
});
export const diagnosisMixOutput = reportRange.extend({
  total: z.number(),
  rows: z.array(diagnosisMixRow),
  byClinician: z.array(engineAgreementRow),
});
export type DiagnosisMixOutput = z.infer<typeof diagnosisMixOutput>;

const labelOf = (condition: string): string =>
  (conditionLabels as Record<string, string>)[condition] ?? condition;

/**
 * The mix of confirmed primary diagnoses (current, not superseded) by condition, and how often
 * clinicians confirmed the engine's top suggestion, by condition and by clinician.
 */
export async function getDiagnosisMix(
  ctx: AuthedContext,
  input: ReportFiltersInput,
): Promise<DiagnosisMixOutput> {
  const f = resolveFilters(ctx, input);
  const rows = await rawRows<{
    condition: string | null;
    clinicianId: string | null;
    clinicianName: string | null;
    codes: string | null;
    n: number;
    top: number;
  }>(
    ctx.db,
    sql`with ${locationsCte(f)}, ${episodesCte(f)}
    select g.condition, g.clinician_id as "clinicianId", u.name as "clinicianName", g.codes,
      g.n, g.top
    from (
      select condition, clinician_id,
        string_agg(distinct icd10_code, ', ' order by icd10_code) as codes,
        count(*)::int as n, (count(*) filter (where engine_top = condition))::int as top
      from episode group by grouping sets ((condition), (clinician_id))
    ) g left join users u on u.id = g.clinician_id
    order by g.n desc, g.condition, u.name`,
  );
  const total = rows.filter((r) => r.condition !== null).reduce((sum, r) => sum + r.n, 0);
  const ratio = (part: number, whole: number): number | null =>
    whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
  return {
    from: f.from,
    to: f.to,
    total,
    rows: rows.flatMap((r) =>
      r.condition === null
        ? []
        : [
            {
              condition: r.condition,
              label: labelOf(r.condition),
              icd10Codes: r.codes ?? '',
              diagnoses: r.n,
              share: ratio(r.n, total),
              engineTopConfirmed: r.top,
              engineTopRate: ratio(r.top, r.n),
            },
          ],
    ),
    byClinician: rows.flatMap((r) =>
      r.clinicianId === null || r.condition !== null
        ? []
        : [
            {
              clinicianId: r.clinicianId,
              clinicianName: r.clinicianName ?? '',
              diagnoses: r.n,
              engineTopConfirmed: r.top,
              engineTopRate: ratio(r.top, r.n),
            },
          ],
    ),
  };
}
