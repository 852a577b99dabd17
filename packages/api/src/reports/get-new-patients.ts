import { sql } from 'drizzle-orm';
import { z } from 'zod';

import { rawRows, schema } from '@stride/db';

import type { AuthedContext } from '../context';
import type { ReportFiltersInput } from './report-filters';
import { clinicianFilter, locationsCte, reportRange, resolveFilters } from './report-filters';

/** Patients registered before referral sources were recorded. */
export const UNKNOWN_SOURCE = 'unknown';
export const referralSourceLabels: Record<string, string> = {
  self: 'Self-referred',
  physician: 'Physician',
  running_club: 'Running club',
  coach: 'Coach',
  another_patient: 'Another patient',
  web_search: 'Web search',
  other: 'Other',
  [UNKNOWN_SOURCE]: 'Not recorded',
};

export const newPatientsRow = z.object({
  source: z.string(),
  label: z.string(),
  patients: z.number(),
  share: z.number().nullable(),
});
export const newPatientsOutput = reportRange.extend({
  total: z.number(),
  rows: z.array(newPatientsRow),
  byLocation: z.array(
    z.object({ locationId: z.string(), locationName: z.string(), patients: z.number() }),
  ),
});
export type NewPatientsOutput = z.infer<typeof newPatientsOutput>;

/**
 * Patients registered in the range at their home location, by how they found the clinic. Every
 * known source is listed, with zero when nobody came that way, so the table reads the same
 * from one range to the next. The clinician filter is the patient's primary clinician.
 */
export async function getNewPatients(
  ctx: AuthedContext,
  input: ReportFiltersInput,
): Promise<NewPatientsOutput> {
  const f = resolveFilters(ctx, input);
  const counts = await rawRows<{ source: string; locationId: string; name: string; n: number }>(
    ctx.db,
    sql`with ${locationsCte(f)}
    select coalesce(p.referral_source, ${UNKNOWN_SOURCE}) as source, loc.id as "locationId",
      loc.name, count(*)::int as n
    from loc
    join patients p on p.organization_id = ${f.organizationId} and p.home_location_id = loc.id
      and p.created_at >= loc.lo and p.created_at < loc.hi
    where true ${clinicianFilter(f, sql`p.primary_clinician_id`)}
    group by 1, 2, 3`,
  );
  const total = counts.reduce((sum, c) => sum + c.n, 0);
  const bySource = new Map<string, number>();
  const byLocation = new Map<
    string,
    { locationId: string; locationName: string; patients: number }
  >();
  for (const c of counts) {
    bySource.set(c.source, (bySource.get(c.source) ?? 0) + c.n);
    const loc = byLocation.get(c.locationId) ?? {
      locationId: c.locationId,
      locationName: c.name,
      patients: 0,
    };
    byLocation.set(c.locationId, { ...loc, patients: loc.patients + c.n });
  }
  // Known sources in their defined order, then anything else the data holds.
  const sources: string[] = [...schema.referralSources, UNKNOWN_SOURCE];
  for (const s of bySource.keys()) if (!sources.includes(s)) sources.push(s);
  return {
    from: f.from,
    to: f.to,
    total,
    rows: sources
      .filter((s) => s !== UNKNOWN_SOURCE || bySource.has(s))
      .map((source) => {
        const patients = bySource.get(source) ?? 0;
        return {
          source,
          label: referralSourceLabels[source] ?? source,
          patients,
          share: total > 0 ? Math.round((patients / total) * 10_000) / 10_000 : null,
        };
      }),
    byLocation: [...byLocation.values()].sort((a, b) =>
      a.locationName.localeCompare(b.locationName),
    ),
  };
}
