import type pg from 'pg';

import { APP_DATABASE_ROLE } from '@stride/db';

import { benchId, KIND } from '../data/shape';

/** Tenant tables above this many rows must never be read by a sequential scan on a hot path. */
const LARGE_ROWS = 50_000;
const ORG = benchId(KIND.org, 1);
const CLINICIAN = benchId(KIND.user, 1);
const patientIds = Array.from({ length: 500 }, (_, i) => benchId(KIND.patient, i + 1));

/**
 * The hot paths' queries, written as the services issue them (same predicates and joins), with
 * real parameters from the generated data. Kept beside the scenarios that exercise them.
 */
const HOT_QUERIES: [name: string, sql: string, params: unknown[]][] = [
  [
    // Through the appointments' btree indexes: under RLS a range's && may not use an index.
    'slots: live allocations of a location (11 days)',
    `SELECT a.resource_id, lower(a.during), upper(a.during) FROM appointments ap
     JOIN appointment_allocations a ON a.organization_id = ap.organization_id AND a.appointment_id = ap.id
     WHERE ap.organization_id = $1
       AND (ap.location_id = $2 OR ap.clinician_id = ANY($3::uuid[]))
       AND ap.starts_at >= now() - interval '12 hours' AND ap.starts_at < now() + interval '11 days 12 hours'
       AND ap.status <> 'cancelled' AND NOT (ap.status = 'held' AND ap.hold_expires_at <= now())
       AND a.active AND a.resource_id = ANY($4::uuid[])
       AND a.during && tstzrange(now(), now() + interval '11 days', '[)')`,
    [
      ORG,
      benchId(KIND.location, 1),
      [CLINICIAN, benchId(KIND.user, 2)],
      [CLINICIAN, benchId(KIND.user, 2), benchId(KIND.room, 1)],
    ],
  ],
  [
    'booking: lapsed holds at a location',
    `SELECT id FROM appointments WHERE organization_id = $1 AND location_id = $2
       AND starts_at >= now() - interval '1 day' AND status = 'held' AND hold_expires_at <= now()
       FOR UPDATE SKIP LOCKED`,
    [ORG, benchId(KIND.location, 1)],
  ],
  [
    'booking: idempotency key replay',
    `SELECT id FROM appointments WHERE organization_id = $1 AND idempotency_key = $2`,
    [ORG, 'x'],
  ],
  [
    // list-caseload.ts: the caseload's ids and sort keys read once (its cached rows in one
    // range of the clinician's index), its staleness, total, and the first page's rows joined
    // back to what they show.
    "caseload: stale check, total and a page of a clinician's patients",
    `WITH caseload AS (
       SELECT p.id, p.family_name, p.given_name, coalesce(cf.top_severity, 4) AS s1,
         coalesce(cf.top_flag, 7) AS s2, coalesce(cf.flag_count, 0) AS s3,
         coalesce(cf.patient_id IS NULL OR cf.version <> p.flags_version
           OR cf.as_of IS DISTINCT FROM (now() AT TIME ZONE l.time_zone)::date, false) AS stale
       FROM patients p
       JOIN locations l ON l.organization_id = p.organization_id AND l.id = p.home_location_id
       LEFT JOIN (SELECT patient_id, version, as_of, top_severity, top_flag, flag_count
                  FROM caseload_flags WHERE organization_id = $1 AND clinician_id = $2 OFFSET 0) cf
         ON cf.patient_id = p.id
       WHERE p.organization_id = $1 AND p.primary_clinician_id = $2)
     SELECT (SELECT bool_or(stale) FROM caseload), (SELECT count(*) FROM caseload),
       (SELECT json_agg(json_build_object('id', pp.id, 'name', pp.family_name, 'at', pl.name,
            'flags', pf.flags) ORDER BY page.s1, page.s2, page.s3 DESC, page.family_name,
            page.given_name, page.id)
        FROM (SELECT id, s1, s2, s3, family_name, given_name FROM caseload
              ORDER BY s1, s2, s3 DESC, family_name, given_name, id LIMIT 50) page
        JOIN patients pp ON pp.id = page.id
        JOIN locations pl ON pl.organization_id = pp.organization_id AND pl.id = pp.home_location_id
        LEFT JOIN caseload_flags pf ON pf.organization_id = pp.organization_id AND pf.patient_id = pp.id
        WHERE pp.organization_id = $1)`,
    [ORG, CLINICIAN],
  ],
  [
    // get-utilisation.ts: a year of a gait lab's bookings, bounded by the allocations' start.
    "report: a year of a gait lab's allocations",
    `SELECT sum(upper(a.during) - lower(a.during)) FROM appointment_allocations a
     WHERE a.organization_id = $1 AND a.resource_id = $2 AND a.active
       AND a.starts_at >= now() - interval '366 days' AND a.starts_at < now()
       AND a.kind = 'gait_lab' AND a.during && tstzrange(now() - interval '365 days', now())`,
    [ORG, benchId(KIND.room, 11)],
  ],
  [
    'flags: active plans',
    `SELECT pl.patient_id FROM plans pl JOIN diagnoses d ON d.organization_id = pl.organization_id
     AND d.id = pl.diagnosis_id WHERE pl.organization_id = $1 AND pl.patient_id = ANY($2::uuid[]) AND pl.status = 'active'`,
  ],
  [
    'flags: exercise ticks (35 days)',
    `SELECT patient_id FROM exercise_logs WHERE organization_id = $1
     AND patient_id = ANY($2::uuid[]) AND day >= current_date - 35`,
  ],
  [
    'flags: pain logs (35 days)',
    `SELECT patient_id FROM pain_logs WHERE organization_id = $1
     AND patient_id = ANY($2::uuid[]) AND day >= current_date - 35`,
  ],
  [
    'flags: questionnaire scores',
    `SELECT patient_id FROM questionnaire_responses WHERE organization_id = $1
     AND patient_id = ANY($2::uuid[])`,
  ],
  [
    'flags: submitted intakes',
    `SELECT patient_id FROM intakes WHERE organization_id = $1
     AND patient_id = ANY($2::uuid[]) AND status = 'submitted'`,
  ],
  [
    'flags: follow-up requests',
    `SELECT patient_id FROM follow_up_requests WHERE organization_id = $1
     AND patient_id = ANY($2::uuid[])`,
  ],
  [
    'flags: prior care in encounters',
    `SELECT patient_id, exam -> 'history' -> 'priorCareFailed' FROM encounters
     WHERE organization_id = $1 AND patient_id = ANY($2::uuid[])`,
  ],
].map(([name, sql, params]) => [
  name as string,
  sql as string,
  (params as unknown[] | undefined) ?? [ORG, patientIds],
]);

export interface ExplainFinding {
  query: string;
  seqScans: string[];
  ms: number;
}

function seqScansIn(plan: unknown, large: Set<string>, out: string[]): string[] {
  if (plan && typeof plan === 'object') {
    const node = plan as Record<string, unknown>;
    if (node['Node Type'] === 'Seq Scan' && large.has(String(node['Relation Name'])))
      out.push(String(node['Relation Name']));
    for (const value of Object.values(node))
      if (typeof value === 'object') seqScansIn(value, large, out);
  }
  return out;
}

export async function largeTables(client: pg.Client): Promise<Set<string>> {
  const res = await client.query<{ relname: string }>(
    `SELECT relname FROM pg_stat_user_tables WHERE schemaname = 'public' AND n_live_tup > $1`,
    [LARGE_ROWS],
  );
  return new Set(res.rows.map((r) => r.relname));
}

/** EXPLAIN ANALYZE each hot query; a sequential scan of a large table is a finding. */
export async function explainHotQueries(client: pg.Client): Promise<ExplainFinding[]> {
  const large = await largeTables(client);
  const findings: ExplainFinding[] = [];
  for (const [name, sql, params] of HOT_QUERIES) {
    // As the server runs them: the app role under row-level security, organisation set. The
    // policies change plans (an operator that is not leakproof, such as a range's &&, may not
    // drive an index scan there), so an owner's EXPLAIN would miss those scans.
    await client.query('BEGIN');
    await client.query(`SET LOCAL ROLE ${APP_DATABASE_ROLE}`);
    await client.query(
      `SELECT set_config('stride.organization_id', $1, true), set_config('stride.user_id', $2, true)`,
      [ORG, CLINICIAN],
    );
    const res = await client
      .query<{ 'QUERY PLAN': [{ Plan: unknown; 'Execution Time': number }] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
        params,
      )
      .finally(() => client.query('ROLLBACK'));
    const [root] = res.rows[0]?.['QUERY PLAN'] ?? [];
    findings.push({
      query: name,
      seqScans: seqScansIn(root?.Plan, large, []),
      ms: Math.round((root?.['Execution Time'] ?? 0) * 10) / 10,
    });
  }
  return findings;
}

/** Sequential scans per large table so far: diffed around each scenario's warm-up calls. */
export async function seqScanCounts(
  client: pg.Client,
  large: Set<string>,
): Promise<Map<string, number>> {
  const res = await client.query<{ relname: string; seq_scan: string }>(
    `SELECT relname, seq_scan FROM pg_stat_user_tables WHERE relname = ANY($1)`,
    [[...large]],
  );
  return new Map(res.rows.map((r) => [r.relname, Number(r.seq_scan)]));
}
