import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';

import type { ReportFilters } from './report-filters';
import { clinicianFilter } from './report-filters';

/**
 * CTE (after `loc`) `episode`: confirmed primary diagnoses that are still current (not
 * superseded), confirmed in the range at a location in scope, with the encounter's clinician
 * and location. The diagnoses index on (organisation, confirmed_at) bounds the scan to the
 * widest local range; each row is then held to its own location's [lo, hi).
 */
export function episodesCte(f: ReportFilters): SQL {
  const org = f.organizationId;
  return sql`bounds as (select min(lo) as lo, max(hi) as hi from loc),
    episode as (
      select d.id, d.patient_id, d.condition, d.icd10_code, d.engine_top, d.confirmed_at,
        e.clinician_id, e.location_id
      from bounds
      join diagnoses d on d.organization_id = ${org}
        and d.confirmed_at >= bounds.lo and d.confirmed_at < bounds.hi
      -- Lateral, so each diagnosis probes the encounter's primary key: a hash join chose to
      -- read the whole encounters table instead.
      cross join lateral (
        select enc.clinician_id, enc.location_id from encounters enc
        where enc.organization_id = ${org} and enc.id = d.encounter_id limit 1
      ) e
      join loc on loc.id = e.location_id
      where d.superseded_at is null and d.confirmed_at >= loc.lo and d.confirmed_at < loc.hi
        ${clinicianFilter(f, sql`e.clinician_id`)}
    )`;
}
