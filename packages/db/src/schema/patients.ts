import {
  bigint,
  date,
  foreignKey,
  index,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { locations } from './locations';
import { memberships, users } from './users';

export const sexes = ['female', 'male', 'other', 'unknown'] as const;
export const patientSex = pgEnum('patient_sex', sexes);
export const referralSources = [
  'self',
  'physician',
  'running_club',
  'coach',
  'another_patient',
  'web_search',
  'other',
] as const;
export type ReferralSource = (typeof referralSources)[number];
export type Sex = (typeof sexes)[number];

export const patients = pgTable(
  'patients',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** The portal account, when the patient has one. */
    userId: uuid('user_id').references(() => users.id),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    sex: patientSex('sex').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    email: text('email'),
    phone: text('phone'),
    homeLocationId: uuid('home_location_id').notNull(),
    primaryClinicianId: uuid('primary_clinician_id'),
    weeklyDistanceKm: numeric('weekly_distance_km', { precision: 6, scale: 1, mode: 'number' }),
    targetRace: text('target_race'),
    targetRaceDate: date('target_race_date', { mode: 'string' }),
    /** How the patient found the clinic (`referralSources` in this file), for reports. */
    referralSource: text('referral_source'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Bumped by triggers (0012) whenever anything the caseload flags read changes, so a cached
     * `caseload_flags` row labelled with an older version is known to be stale.
     */
    flagsVersion: bigint('flags_version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.homeLocationId],
      foreignColumns: [locations.organizationId, locations.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.primaryClinicianId],
      foreignColumns: [memberships.organizationId, memberships.userId],
    }),
    uniqueIndex('patients_org_user_key').on(t.organizationId, t.userId),
    index('patients_org_clinician_idx').on(t.organizationId, t.primaryClinicianId),
    index('patients_org_location_idx').on(t.organizationId, t.homeLocationId),
    index('patients_org_name_idx').on(t.organizationId, t.familyName, t.givenName),
  ],
);
