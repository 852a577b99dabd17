import type pg from 'pg';

import type { ClinicalFixtures } from './fixtures';
import { KIND, SHAPE } from './shape';
import { step } from './sql-helpers';

const ORG = `pg_temp.bid(${KIND.org}, 1)`;

/**
 * Encounters hang off completed visits: every patient's first, then second visits until there
 * are 150,000. Each has a real exam record and the engine's output for it as a confirmed
 * diagnosis; a patient's first diagnosis carries a plan (active for one patient in ten).
 */
export async function generateClinical(client: pg.Client, fx: ClinicalFixtures): Promise<void> {
  const T = fx.exams.length;
  await step(
    client,
    'encounter picks (temp)',
    `CREATE TEMP TABLE enc AS
     SELECT row_number() OVER (ORDER BY rn, patient) AS e, * FROM (
       SELECT n, patient, c, loc, starts_at,
         row_number() OVER (PARTITION BY patient ORDER BY starts_at) AS rn
       FROM appt WHERE status = 'completed') x
     WHERE rn <= 2`,
    `DELETE FROM enc WHERE e > ${SHAPE.encounters}`,
  );
  await step(
    client,
    'encounters + diagnoses',
    [
      `INSERT INTO encounters (organization_id, id, patient_id, clinician_id, location_id, appointment_id,
           status, exam, revision, started_at, updated_at, signed_at, signed_by)
         SELECT ${ORG}, pg_temp.bid(${KIND.encounter}, e), pg_temp.bid(${KIND.patient}, patient),
           pg_temp.bid(${KIND.user}, c), pg_temp.bid(${KIND.location}, loc), pg_temp.bid(${KIND.appointment}, n),
           CASE WHEN e % 200 = 0 THEN 'open' ELSE 'signed' END::encounter_status,
           ($1::jsonb[])[1 + e % ${T}], 3, starts_at, starts_at + interval '50 minutes',
           CASE WHEN e % 200 <> 0 THEN starts_at + interval '55 minutes' END,
           CASE WHEN e % 200 <> 0 THEN pg_temp.bid(${KIND.user}, c) END
         FROM enc`,
      [fx.exams],
    ],
    [
      `INSERT INTO diagnoses (organization_id, id, encounter_id, patient_id, condition, side, icd10_code,
           engine_version, profile_id, profile_version, engine_top, engine_output, confirmed_by, confirmed_at)
         SELECT ${ORG}, pg_temp.bid(${KIND.diagnosis}, e), pg_temp.bid(${KIND.encounter}, e),
           pg_temp.bid(${KIND.patient}, patient), ($2::text[])[1 + e % ${T}], 'right', ($3::text[])[1 + e % ${T}],
           $4, 'clinic-method', 1, ($2::text[])[1 + e % ${T}], ($1::jsonb[])[1 + e % ${T}],
           pg_temp.bid(${KIND.user}, c), starts_at + interval '45 minutes'
         FROM enc`,
      [fx.outputs, fx.conditions, fx.icd10, fx.engineVersion],
    ],
  );
  const active = `patient % ${SHAPE.activePlanEvery} = 0`;
  await step(
    client,
    'plans, intakes, questionnaires',
    [
      `INSERT INTO plans (organization_id, id, patient_id, diagnosis_id, version, status, content,
           start_date, created_by, created_at)
         SELECT ${ORG}, pg_temp.bid(${KIND.plan}, patient), pg_temp.bid(${KIND.patient}, patient),
           pg_temp.bid(${KIND.diagnosis}, e), 1,
           CASE WHEN ${active} THEN 'active' ELSE 'discharged' END::plan_status, $1::jsonb,
           CASE WHEN ${active} THEN $2::date ELSE starts_at::date END,
           pg_temp.bid(${KIND.user}, c), starts_at + interval '1 hour'
         FROM enc WHERE rn = 1`,
      [fx.plan, fx.planStart],
    ],
    `INSERT INTO intakes (organization_id, id, patient_id, version, status, data, red_flags,
         signed_name, signed_at, created_at, updated_at, submitted_at)
       SELECT ${ORG}, pg_temp.bid(${KIND.intake}, p), pg_temp.bid(${KIND.patient}, p), 1, 'submitted',
         '{}'::jsonb, CASE WHEN p % 500 = 7 THEN ARRAY['hot_swollen_joint'] ELSE ARRAY[]::text[] END,
         'Patient ' || p, pt.created_at, pt.created_at, pt.created_at, pt.created_at
       FROM generate_series(1, ${SHAPE.patients}) p
       JOIN patients pt ON pt.organization_id = ${ORG} AND pt.id = pg_temp.bid(${KIND.patient}, p)`,
    `INSERT INTO questionnaire_responses (organization_id, id, patient_id, instrument_id,
         instrument_version, answers, score, subscores, answered_at)
       SELECT ${ORG}, pg_temp.bid(${KIND.response}, e * 2 - k), pg_temp.bid(${KIND.patient}, patient),
         CASE WHEN k = 1 THEN 'nprs' ELSE 'running_function' END, '1', '{}'::jsonb,
         CASE WHEN k = 1 THEN pg_temp.h(e, 21) % 11 ELSE pg_temp.h(e, 22) % 101 END, '[]'::jsonb,
         starts_at - interval '1 hour'
       FROM enc CROSS JOIN (VALUES (1), (0)) AS two(k)`,
  );
  await step(
    client,
    'ticks, pain logs, follow-ups',
    [
      `INSERT INTO exercise_logs (organization_id, id, patient_id, plan_id, item_key, day, done, updated_at)
         SELECT ${ORG}, pg_temp.bid(${KIND.exerciseLog}, (patient * 32 + d) * 4 + i),
           pg_temp.bid(${KIND.patient}, patient), pg_temp.bid(${KIND.plan}, patient), ($1::text[])[i],
           $2::date + d, pg_temp.h(patient * 100 + d * 4 + i, 31) % 100 < 70, $2::date + d
         FROM enc, generate_series(0, 20) d, generate_series(1, cardinality($1::text[])) i
         WHERE rn = 1 AND ${active}`,
      [fx.planItemKeys, fx.planStart],
    ],
    [
      `INSERT INTO pain_logs (organization_id, id, patient_id, day, pain, distance_km, created_at)
         SELECT ${ORG}, pg_temp.bid(${KIND.painLog}, patient * 32 + d), pg_temp.bid(${KIND.patient}, patient),
           $1::date + d * 2, pg_temp.h(patient * 32 + d, 41) % 7, 3 + pg_temp.h(patient * 32 + d, 42) % 12,
           $1::date + d * 2
         FROM enc, generate_series(0, 9) d WHERE rn = 1 AND ${active}`,
      [fx.planStart],
    ],
    [
      `INSERT INTO follow_up_requests (organization_id, id, patient_id, plan_id, key, reasons,
           instrument_ids, due_date, status, sent_at, answered_at)
         SELECT ${ORG}, pg_temp.bid(${KIND.followUp}, patient * 4 + w), pg_temp.bid(${KIND.patient}, patient),
           pg_temp.bid(${KIND.plan}, patient), 'week-' || (w * 2), ARRAY['progress'], ARRAY['nprs'],
           $1::date + w * 14,
           CASE WHEN $1::date + w * 14 >= $2::date THEN 'pending' WHEN patient % 4 = 0 THEN 'missed'
                ELSE 'answered' END::follow_up_status,
           CASE WHEN $1::date + w * 14 < $2::date THEN ($1::date + w * 14)::timestamptz END,
           CASE WHEN $1::date + w * 14 < $2::date AND patient % 4 <> 0 THEN ($1::date + w * 14 + 1)::timestamptz END
         FROM enc, generate_series(1, 3) w WHERE rn = 1 AND ${active}`,
      [fx.planStart, new Date().toISOString().slice(0, 10)],
    ],
  );
}

/** What the app would have logged: every booking, every signed encounter and a chart read each. */
export async function generateAudit(client: pg.Client): Promise<void> {
  await step(
    client,
    'audit rows',
    `INSERT INTO audit_log (organization_id, id, occurred_at, actor_user_id, actor_role, location_id,
         patient_id, action, entity_type, entity_id, detail)
       SELECT ${ORG}, pg_temp.bid(${KIND.audit}, n), starts_at - (1 + pg_temp.h(n, 15) % 30) * interval '1 day',
         pg_temp.bid(${KIND.user}, c), 'clinician', pg_temp.bid(${KIND.location}, loc),
         pg_temp.bid(${KIND.patient}, patient), 'appointment.book', 'appointment',
         pg_temp.bid(${KIND.appointment}, n)::text, jsonb_build_object('start', starts_at)
       FROM appt`,
    `INSERT INTO audit_log (organization_id, id, occurred_at, actor_user_id, actor_role, location_id,
         patient_id, action, entity_type, entity_id)
       SELECT ${ORG}, pg_temp.bid(${KIND.audit}, ${SHAPE.appointments} + e * 2 - k),
         starts_at + CASE WHEN k = 1 THEN interval '2 minutes' ELSE interval '55 minutes' END,
         pg_temp.bid(${KIND.user}, c), 'clinician', pg_temp.bid(${KIND.location}, loc),
         pg_temp.bid(${KIND.patient}, patient),
         CASE WHEN k = 1 THEN 'patient.chart.read' ELSE 'encounter.sign' END,
         CASE WHEN k = 1 THEN 'patient' ELSE 'encounter' END,
         CASE WHEN k = 1 THEN pg_temp.bid(${KIND.patient}, patient) ELSE pg_temp.bid(${KIND.encounter}, e) END::text
       FROM enc CROSS JOIN (VALUES (1), (0)) AS two(k)`,
  );
}
