import type pg from 'pg';

import { DEFAULT_APPOINTMENT_TYPES } from '@stride/db';

import {
  ADMIN_USER,
  CLINICIANS,
  FRONT_DESK_USER,
  KIND,
  PATIENT_USER_BASE,
  PATIENTS_PER_CLINICIAN,
  SHAPE,
} from './shape';
import { step } from './sql-helpers';

const ZONES = ['America/Los_Angeles', 'America/Denver', 'America/Chicago', 'America/New_York'];
const HOURS = {
  mon: [{ start: '07:30', end: '18:00' }],
  tue: [{ start: '07:30', end: '18:00' }],
  wed: [{ start: '07:30', end: '18:00' }],
  thu: [{ start: '07:30', end: '18:00' }],
  fri: [{ start: '07:30', end: '18:00' }],
  sat: [{ start: '08:00', end: '12:30' }],
};

/** The organisation, its locations, rooms, types, staff, portal users, hours and patients. */
export async function generateOrganisation(
  client: pg.Client,
  passwordHash: string,
  anchor: string,
): Promise<void> {
  const L = SHAPE.locations;
  const per = SHAPE.cliniciansPerLocation;
  await step(
    client,
    'organisation + locations',
    [
      `INSERT INTO organizations (id, name, slug, created_at)
       VALUES (pg_temp.bid(${KIND.org}, 1), 'Bench Running Clinics', 'bench', $1::date - 1200)`,
      [anchor],
    ],
    [
      `INSERT INTO locations (organization_id, id, name, address_line1, city, region, postal_code,
         time_zone, opening_hours, min_notice_minutes, booking_horizon_days, created_at)
       SELECT pg_temp.bid(${KIND.org}, 1), pg_temp.bid(${KIND.location}, l), 'Clinic ' || lpad(l::text, 2, '0'),
         l || ' Track Road', 'City ' || l, 'CA', lpad((90000 + l)::text, 5, '0'),
         ($1::text[])[1 + (l - 1) % 4], $3::jsonb, 120, 90, $2::date - 1200
       FROM generate_series(1, ${L}) l`,
      [ZONES, anchor, JSON.stringify(HOURS)],
    ],
  );
  await step(
    client,
    'rooms + appointment types',
    `INSERT INTO resources (organization_id, id, location_id, kind, name, has_treadmill)
       SELECT pg_temp.bid(${KIND.org}, 1), pg_temp.bid(${KIND.room}, (l - 1) * 100 + r),
         pg_temp.bid(${KIND.location}, l),
         CASE WHEN r > ${SHAPE.examRooms} THEN 'gait_lab' ELSE 'exam_room' END::resource_kind,
         CASE WHEN r > ${SHAPE.examRooms} THEN 'Gait lab ' || (r - ${SHAPE.examRooms}) ELSE 'Room ' || r END,
         r > ${SHAPE.examRooms}
       FROM generate_series(1, ${L}) l, generate_series(1, ${SHAPE.examRooms + SHAPE.gaitLabs}) r`,
    [
      `INSERT INTO appointment_types (organization_id, id, key, name, duration_minutes,
         buffer_after_minutes, resource_kinds)
       SELECT pg_temp.bid(${KIND.org}, 1), pg_temp.bid(${KIND.type}, t.i), t.key, t.name, t.minutes,
         t.buffer, t.kinds::resource_kind[]
       FROM jsonb_to_recordset($1::jsonb) AS t(i int, key text, name text, minutes int, buffer int, kinds text[])`,
      [
        JSON.stringify(
          DEFAULT_APPOINTMENT_TYPES.map((t, i) => ({
            i: i + 1,
            key: t.key,
            name: t.name,
            minutes: t.durationMinutes,
            buffer: t.bufferAfterMinutes,
            kinds: t.resourceKinds,
          })),
        ),
      ],
    ],
  );
  await step(
    client,
    'users, memberships, hours',
    [
      `INSERT INTO users (id, email, name, password_hash)
       SELECT pg_temp.bid(${KIND.user}, c), 'clinician' || c || '@bench.example', 'Clinician ' || lpad(c::text, 3, '0'), $1
         FROM generate_series(1, ${CLINICIANS}) c
       UNION ALL SELECT pg_temp.bid(${KIND.user}, ${ADMIN_USER}), 'admin@bench.example', 'Bench Admin', $1
       UNION ALL SELECT pg_temp.bid(${KIND.user}, ${FRONT_DESK_USER}), 'frontdesk@bench.example', 'Bench Front Desk', $1
       UNION ALL SELECT pg_temp.bid(${KIND.user}, ${PATIENT_USER_BASE} + p), 'patient' || p || '@bench.example', 'Patient ' || p, $1
         FROM generate_series(1, ${SHAPE.portalPatients}) p`,
      [passwordHash],
    ],
    `INSERT INTO memberships (organization_id, user_id, role, all_locations)
       SELECT pg_temp.bid(${KIND.org}, 1), id,
         CASE WHEN email LIKE 'clinician%' THEN 'clinician' WHEN email LIKE 'patient%' THEN 'patient'
              WHEN email LIKE 'admin%' THEN 'admin' ELSE 'front_desk' END::membership_role,
         email LIKE 'admin%'
       FROM users WHERE email LIKE '%@bench.example'`,
    `INSERT INTO membership_locations (organization_id, user_id, location_id)
       SELECT pg_temp.bid(${KIND.org}, 1), pg_temp.bid(${KIND.user}, c), pg_temp.bid(${KIND.location}, 1 + (c - 1) / ${per})
         FROM generate_series(1, ${CLINICIANS}) c
       UNION ALL SELECT pg_temp.bid(${KIND.org}, 1), pg_temp.bid(${KIND.user}, ${FRONT_DESK_USER}), pg_temp.bid(${KIND.location}, 1)`,
    `INSERT INTO working_hours (organization_id, id, clinician_id, location_id, weekday, start_time, end_time)
       SELECT pg_temp.bid(${KIND.org}, 1), pg_temp.bid(${KIND.hours}, c * 10 + wd), pg_temp.bid(${KIND.user}, c),
         pg_temp.bid(${KIND.location}, 1 + (c - 1) / ${per}), wd, '08:00',
         CASE WHEN wd = 6 THEN '12:00' ELSE '17:00' END
       FROM generate_series(1, ${CLINICIANS}) c, generate_series(1, 6) wd`,
  );
  await step(client, 'patients', [
    `INSERT INTO patients (organization_id, id, user_id, given_name, family_name, sex, date_of_birth,
         email, phone, home_location_id, primary_clinician_id, weekly_distance_km, target_race,
         target_race_date, referral_source, created_at)
       SELECT pg_temp.bid(${KIND.org}, 1), pg_temp.bid(${KIND.patient}, p),
         CASE WHEN p <= ${SHAPE.portalPatients} THEN pg_temp.bid(${KIND.user}, ${PATIENT_USER_BASE} + p) END,
         ($1::text[])[1 + pg_temp.h(p, 1) % cardinality($1::text[])],
         ($2::text[])[1 + pg_temp.h(p, 2) % cardinality($2::text[])] || '-' || (p % 97),
         (ARRAY['female','male','female','male','other'])[1 + pg_temp.h(p, 3) % 5]::patient_sex,
         $3::date - (18 * 365 + pg_temp.h(p, 4) % (45 * 365)),
         'p' || p || '@runner.example', '+1 555 ' || lpad((p % 10000000)::text, 7, '0'),
         pg_temp.bid(${KIND.location}, 1 + (c - 1) / ${per}), pg_temp.bid(${KIND.user}, c),
         10 + pg_temp.h(p, 5) % 80,
         CASE WHEN p % 3 = 0 THEN 'City Marathon' END,
         CASE WHEN p % 3 = 0 THEN $3::date + 30 + pg_temp.h(p, 6) % 120 END,
         (ARRAY['self','physician','running_club','coach','another_patient','web_search','other'])[1 + pg_temp.h(p, 7) % 7],
         $3::date - (${SHAPE.weeksBack * 7} - (p - 1) * ${SHAPE.weeksBack * 7 - 7} / ${SHAPE.patients})
       FROM generate_series(1, ${SHAPE.patients}) p,
         LATERAL (SELECT 1 + (p - 1) / ${PATIENTS_PER_CLINICIAN} AS c) k`,
    [GIVEN, FAMILY, anchor],
  ]);
}

const GIVEN = [
  'Maya',
  'Liam',
  'Ava',
  'Noah',
  'Zoe',
  'Ethan',
  'Ines',
  'Kenji',
  'Amara',
  'Luca',
  'Priya',
  'Omar',
  'Sofia',
  'Jonah',
  'Lena',
  'Mateo',
];
const FAMILY = [
  'Alvarez',
  'Chen',
  'Okafor',
  'Schmidt',
  'Nakamura',
  'Rossi',
  'Haddad',
  'Kowalski',
  'Murphy',
  'Silva',
  'Novak',
  'Larsen',
  'Patel',
  'Dubois',
  'Moreau',
  'Reyes',
];
