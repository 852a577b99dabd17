import type pg from 'pg';

import { CLINICIANS, KIND, PATIENTS_PER_CLINICIAN, SHAPE } from './shape';
import { step } from './sql-helpers';

const BATCHES = 10;

/**
 * Every clinician's diary is a grid of 75-minute blocks (seven a weekday from 08:00, three on
 * Saturdays): a block holds one visit and its buffer, so a clinician's allocations never overlap.
 * Rooms are numbered by the visit's rank among its location's visits in the same block, and a
 * location has as many exam rooms as clinicians, so rooms never overlap either: the exclusion
 * constraints hold by construction. History is dense; the booking horizon ahead is sparse.
 */
export async function generateAppointments(client: pg.Client, anchor: string): Promise<void> {
  const per = SHAPE.cliniciansPerLocation;
  await step(
    client,
    'appointment grid (temp)',
    [
      `CREATE TEMP TABLE appt AS
       WITH cand AS (
         SELECT c, 1 + (c - 1) / ${per} AS loc, d::date AS day, b, d::date >= $1::date AS future,
           ((d::date + time '08:00') + b * interval '75 minutes') AT TIME ZONE l.time_zone AS starts_at,
           pg_temp.h(c::bigint * 10000000 + (d::date - $2::date) * 10 + b, 11) % 10000 AS score
         FROM generate_series(1, ${CLINICIANS}) c
         JOIN locations l ON l.id = pg_temp.bid(${KIND.location}, 1 + (c - 1) / ${per})
         CROSS JOIN generate_series($2::date, $3::date - 1, interval '1 day') d
         CROSS JOIN generate_series(0, 6) b
         WHERE extract(isodow FROM d) <= 5 OR (extract(isodow FROM d) = 6 AND b < 3)
       ), ranked AS (
         SELECT *, row_number() OVER (ORDER BY score + CASE WHEN future THEN 7500 ELSE 0 END, c, day, b) AS n
         FROM cand
       ), kept AS (
         SELECT *, row_number() OVER (PARTITION BY loc, starts_at ORDER BY c) AS rank,
           pg_temp.h(n, 12) % 100 AS r_type, pg_temp.h(n, 14) % 100 AS r_status
         FROM ranked WHERE n <= ${SHAPE.appointments}
       )
       SELECT n, c, loc, day, starts_at, future, rank,
         (c - 1) * ${PATIENTS_PER_CLINICIAN} + 1 + pg_temp.h(n, 13) % ${PATIENTS_PER_CLINICIAN} AS patient,
         rank <= ${SHAPE.gaitLabs} AND r_type < 25 AS initial,
         CASE WHEN future THEN 'booked' WHEN r_status < 8 THEN 'cancelled'
              WHEN r_status < 12 THEN 'no_show' ELSE 'completed' END AS status
       FROM kept`,
      [anchor, weeksFrom(anchor, -SHAPE.weeksBack), weeksFrom(anchor, SHAPE.weeksAhead)],
    ],
    'CREATE INDEX ON appt (n)',
  );
  for (let i = 0; i < BATCHES; i++) {
    const size = SHAPE.appointments / BATCHES;
    const range = `n > ${i * size} AND n <= ${(i + 1) * size}`;
    await step(
      client,
      `appointments ${i + 1}/${BATCHES}`,
      `INSERT INTO appointments (organization_id, id, location_id, appointment_type_id, patient_id,
           clinician_id, starts_at, ends_at, status, created_by_user_id, created_at, cancelled_at, cancel_reason)
         SELECT pg_temp.bid(${KIND.org}, 1), pg_temp.bid(${KIND.appointment}, n), pg_temp.bid(${KIND.location}, loc),
           pg_temp.bid(${KIND.type}, CASE WHEN initial THEN 1 ELSE 3 END), pg_temp.bid(${KIND.patient}, patient),
           pg_temp.bid(${KIND.user}, c), starts_at,
           starts_at + CASE WHEN initial THEN interval '60 minutes' ELSE interval '30 minutes' END,
           status::appointment_status, pg_temp.bid(${KIND.user}, c),
           starts_at - (1 + pg_temp.h(n, 15) % 30) * interval '1 day',
           CASE WHEN status = 'cancelled' THEN starts_at - interval '1 day' END,
           CASE WHEN status = 'cancelled' THEN 'Cancelled by the patient' END
         FROM appt WHERE ${range}`,
      `INSERT INTO appointment_allocations (organization_id, id, appointment_id, kind, resource_id, during, active)
         SELECT pg_temp.bid(${KIND.org}, 1), pg_temp.bid(${KIND.allocation}, 2 * n - k),
           pg_temp.bid(${KIND.appointment}, n),
           CASE WHEN k = 1 THEN 'clinician' WHEN initial THEN 'gait_lab' ELSE 'exam_room' END::allocation_kind,
           CASE WHEN k = 1 THEN pg_temp.bid(${KIND.user}, c)
                WHEN initial THEN pg_temp.bid(${KIND.room}, (loc - 1) * 100 + ${SHAPE.examRooms} + rank)
                ELSE pg_temp.bid(${KIND.room}, (loc - 1) * 100 + rank) END,
           tstzrange(starts_at, starts_at + CASE WHEN initial THEN interval '75 minutes' ELSE interval '35 minutes' END, '[)'),
           status <> 'cancelled'
         FROM appt CROSS JOIN (VALUES (1), (0)) AS two(k) WHERE ${range}`,
    );
  }
}

export function weeksFrom(anchor: string, weeks: number): string {
  return new Date(Date.parse(`${anchor}T00:00:00Z`) + weeks * 7 * 86_400_000)
    .toISOString()
    .slice(0, 10);
}
