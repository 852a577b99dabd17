import { sql } from 'drizzle-orm';
import { z } from 'zod';

import type { InstrumentId } from '@stride/outcomes';
import { rawRows } from '@stride/db';
import { conditionLabels } from '@stride/diagnosis';
import { INSTRUMENTS } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import type { ReportFiltersInput } from './report-filters';
import { episodesCte } from './episodes-sql';
import { instrumentsCte, pairsCte } from './outcomes-sql';
import { locationsCte, reportRange, resolveFilters } from './report-filters';

const group = {
  condition: z.string(),
  label: z.string(),
  locationId: z.string(),
  locationName: z.string(),
};
export const outcomeChangeRow = z.object({
  ...group,
  instrumentId: z.string(),
  instrumentName: z.string(),
  /** Episodes with both a baseline and a 6-week score on this instrument. */
  episodes: z.number(),
  /** Median of 6-week minus baseline, as measured (for pain, negative is better). */
  medianChange: z.number().nullable(),
  mcid: z.number().nullable(),
  reachedMcid: z.number(),
  /** Null when the instrument has no published MCID. */
  mcidShare: z.number().nullable(),
});
export const dischargeRow = z.object({
  ...group,
  episodes: z.number(),
  discharged: z.number(),
  medianDaysToDischarge: z.number().nullable(),
});
export const outcomesOutput = reportRange.extend({
  rows: z.array(outcomeChangeRow),
  discharge: z.array(dischargeRow),
});
export type OutcomesOutput = z.infer<typeof outcomesOutput>;

const labelOf = (condition: string): string =>
  (conditionLabels as Record<string, string>)[condition] ?? condition;
const instrumentOrder = Object.keys(INSTRUMENTS);

/**
 * Outcomes by diagnosis and location for episodes (current confirmed diagnoses) that began in
 * the range: median change at 6 weeks per instrument (windows in outcomes-sql.ts), the share
 * whose change reached the instrument's MCID in the better direction, and days from diagnosis
 * to the discharge of a plan built on it.
 */
export async function getOutcomes(
  ctx: AuthedContext,
  input: ReportFiltersInput,
): Promise<OutcomesOutput> {
  const f = resolveFilters(ctx, input);
  const org = f.organizationId;
  const head = sql`with ${locationsCte(f)}, ${episodesCte(f)}`;
  const changes = await rawRows<
    Omit<z.input<typeof outcomeChangeRow>, 'label' | 'instrumentName' | 'mcidShare'>
  >(
    ctx.db,
    sql`${head}, ${instrumentsCte()}, ${pairsCte(org)}
    select p.condition, p.location_id as "locationId", loc.name as "locationName",
      p.instrument as "instrumentId", count(*)::int as episodes,
      round(percentile_cont(0.5) within group (order by p.change)::numeric, 2)::float8
        as "medianChange",
      max(p.mcid) as mcid,
      (count(*) filter (where p.change * p.better >= p.mcid))::int as "reachedMcid"
    from pair p join loc on loc.id = p.location_id
    group by p.condition, p.location_id, loc.name, p.instrument
    order by p.condition, loc.name`,
  );
  const discharge = await rawRows<Omit<z.input<typeof dischargeRow>, 'label'>>(
    ctx.db,
    sql`${head}
    select ep.condition, ep.location_id as "locationId", loc.name as "locationName",
      count(*)::int as episodes, count(dc.days)::int as discharged,
      round(percentile_cont(0.5) within group (order by dc.days)::numeric, 1)::float8
        as "medianDaysToDischarge"
    from episode ep join loc on loc.id = ep.location_id
    left join lateral (
      select extract(epoch from min(ds.discharged_at) - ep.confirmed_at) / 86400 as days
      from discharges ds
      join plans p on p.organization_id = ds.organization_id and p.id = ds.plan_id
      where ds.organization_id = ${org} and ds.patient_id = ep.patient_id
        and p.diagnosis_id = ep.id
    ) dc on true
    group by ep.condition, ep.location_id, loc.name
    order by ep.condition, loc.name`,
  );
  return {
    from: f.from,
    to: f.to,
    rows: changes
      .map((r) => {
        const instrument = INSTRUMENTS[r.instrumentId as InstrumentId];
        return outcomeChangeRow.parse({
          ...r,
          label: labelOf(r.condition),
          instrumentName: instrument.name,
          mcidShare:
            r.mcid === null || r.episodes === 0
              ? null
              : Math.round((r.reachedMcid / r.episodes) * 10_000) / 10_000,
        });
      })
      .sort(
        (a, b) =>
          a.label.localeCompare(b.label) ||
          a.locationName.localeCompare(b.locationName) ||
          instrumentOrder.indexOf(a.instrumentId) - instrumentOrder.indexOf(b.instrumentId),
      ),
    discharge: discharge.map((r) => dischargeRow.parse({ ...r, label: labelOf(r.condition) })),
  };
}
