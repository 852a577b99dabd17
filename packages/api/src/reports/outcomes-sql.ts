import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';

import { INSTRUMENTS } from '@stride/outcomes';

/** The window rules, in days: see `pairsCte`. */
export const BASELINE_WINDOW_DAYS = 14;
export const FOLLOW_UP_DAY = 42;
export const FOLLOW_UP_WINDOW_DAYS = 14;

/**
 * `inst(id, better, mcid)`: every instrument @stride/outcomes ships, with +1 when a higher score
 * is better and −1 when it is worse, and its MCID (null when none is published).
 */
export function instrumentsCte(): SQL {
  const values = Object.values(INSTRUMENTS).map(
    (i) =>
      sql`(${i.id}, ${i.direction === 'higher_is_better' ? 1 : -1}::int, ${i.mcid?.value ?? null}::float8)`,
  );
  return sql`inst(id, better, mcid) as (values ${sql.join(values, sql`, `)})`;
}

/**
 * CTE (after `episode` and `inst`) `pair`: for each episode and instrument, the baseline is
 * the patient's first response within ±14 days of the diagnosis, and the 6-week score is the
 * response closest to 42 days after that baseline, within ±14 days (ties go to the earlier
 * one). Change is 6-week minus baseline, rounded like outcomes' classifyChange.
 */
export function pairsCte(org: string): SQL {
  // Whole hours, not calendar days: day arithmetic would follow the session's time zone.
  const days = (n: number): SQL => sql`make_interval(hours => ${n * 24})`;
  const baseline = days(BASELINE_WINDOW_DAYS);
  const day42 = days(FOLLOW_UP_DAY);
  const slack = days(FOLLOW_UP_WINDOW_DAYS);
  const latest = days(BASELINE_WINDOW_DAYS + FOLLOW_UP_DAY + FOLLOW_UP_WINDOW_DAYS);
  // One index range per episode (organisation, patient), then window picks per instrument.
  return sql`resp as (
    select ep.id as episode_id, ep.confirmed_at, q.instrument_id, q.score, q.answered_at
    from episode ep join questionnaire_responses q
      on q.organization_id = ${org} and q.patient_id = ep.patient_id
      and q.answered_at between ep.confirmed_at - ${baseline} and ep.confirmed_at + ${latest}
  ),
  base as (
    select distinct on (episode_id, instrument_id) episode_id, instrument_id, score, answered_at
    from resp where answered_at <= confirmed_at + ${baseline}
    order by episode_id, instrument_id, answered_at
  ),
  follow as (
    select distinct on (r.episode_id, r.instrument_id) r.episode_id, r.instrument_id,
      r.score - b.score as change
    from resp r join base b on b.episode_id = r.episode_id and b.instrument_id = r.instrument_id
    where r.answered_at between b.answered_at + ${day42} - ${slack}
      and b.answered_at + ${day42} + ${slack}
    order by r.episode_id, r.instrument_id,
      abs(extract(epoch from r.answered_at - (b.answered_at + ${day42}))), r.answered_at
  ),
  pair as (
    select ep.id as episode_id, ep.condition, ep.location_id, inst.id as instrument,
      inst.better, inst.mcid, round(f.change::numeric, 3) as change
    from follow f join episode ep on ep.id = f.episode_id join inst on inst.id = f.instrument_id
  )`;
}
