import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { locations } from './locations';
import { patients } from './patients';
import { appointments } from './scheduling';
import { memberships, users } from './users';

export const intakeStatus = pgEnum('intake_status', ['draft', 'submitted']);

/**
 * The patient's intake. A draft is saved as they go; submitting freezes that version and any
 * later change starts a new draft with the next version number. `data` follows exam-schema's
 * intake schema; red flags are copied out so the clinician sees them first.
 */
export const intakes = pgTable(
  'intakes',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    version: integer('version').notNull(),
    status: intakeStatus('status').notNull().default('draft'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    redFlags: text('red_flags').array().notNull().default([]),
    signedName: text('signed_name'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.patientId],
      foreignColumns: [patients.organizationId, patients.id],
    }),
    uniqueIndex('intakes_org_patient_version_key').on(t.organizationId, t.patientId, t.version),
  ],
);

export const encounterStatus = pgEnum('encounter_status', ['open', 'signed']);

/**
 * One visit's clinical record. While open, `exam` (exam-schema's exam record, gait session
 * included) autosaves; signing freezes it, and corrections are addenda.
 */
export const encounters = pgTable(
  'encounters',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    locationId: uuid('location_id').notNull(),
    appointmentId: uuid('appointment_id'),
    status: encounterStatus('status').notNull().default('open'),
    exam: jsonb('exam').$type<Record<string, unknown>>().notNull(),
    /** Bumped on every save, so two tabs cannot silently overwrite each other. */
    revision: integer('revision').notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signedBy: uuid('signed_by').references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.patientId],
      foreignColumns: [patients.organizationId, patients.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.clinicianId],
      foreignColumns: [memberships.organizationId, memberships.userId],
    }),
    foreignKey({
      columns: [t.organizationId, t.locationId],
      foreignColumns: [locations.organizationId, locations.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.appointmentId],
      foreignColumns: [appointments.organizationId, appointments.id],
    }),
    index('encounters_org_patient_idx').on(t.organizationId, t.patientId, t.startedAt),
  ],
);

/** A correction or note added to a signed encounter; the signed record itself never changes. */
export const encounterAddenda = pgTable(
  'encounter_addenda',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    encounterId: uuid('encounter_id').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.encounterId],
      foreignColumns: [encounters.organizationId, encounters.id],
    }),
    // A signed encounter's page lists its addenda; without this it scans the organisation's.
    index('encounter_addenda_org_encounter_idx').on(t.organizationId, t.encounterId, t.createdAt),
  ],
);

export const diagnosisSide = pgEnum('diagnosis_side', ['left', 'right', 'bilateral']);

/**
 * A confirmed diagnosis with the engine output that informed it, frozen. Confirming again on
 * the same encounter supersedes the earlier row rather than overwriting it.
 */
export const diagnoses = pgTable(
  'diagnoses',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    encounterId: uuid('encounter_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    condition: text('condition').notNull(),
    side: diagnosisSide('side').notNull(),
    icd10Code: text('icd10_code').notNull(),
    engineVersion: text('engine_version').notNull(),
    profileId: text('profile_id').notNull(),
    profileVersion: integer('profile_version').notNull(),
    /** What the engine ranked first, for "how often clinicians confirm the top suggestion". */
    engineTop: text('engine_top').notNull(),
    engineOutput: jsonb('engine_output').$type<Record<string, unknown>>().notNull(),
    note: text('note'),
    confirmedBy: uuid('confirmed_by')
      .notNull()
      .references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.encounterId],
      foreignColumns: [encounters.organizationId, encounters.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.patientId],
      foreignColumns: [patients.organizationId, patients.id],
    }),
    index('diagnoses_org_patient_idx').on(t.organizationId, t.patientId, t.confirmedAt),
    // Every open of an encounter reads its current diagnosis (150k rows seq-scanned: 45 ms).
    index('diagnoses_org_encounter_idx').on(t.organizationId, t.encounterId),
  ],
);

/** The shared exercise library: not tenant-owned, seeded by migration-independent seed code. */
export const exercises = pgTable('exercises', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  purpose: text('purpose').notNull(),
  howTo: text('how_to').notNull(),
  dosage: text('dosage').notNull(),
  category: text('category').notNull(),
});

/**
 * `superseded`: a newer version exists. `cancelled`: the clinician stopped the plan (its
 * follow-up jobs are cancelled). `discharged`: closed by a discharge record.
 */
export const planStatus = pgEnum('plan_status', [
  'active',
  'superseded',
  'cancelled',
  'discharged',
]);

/**
 * A treatment plan, versioned: editing creates a new version and supersedes the old one.
 * `content` follows the plan schema (phases with dated items, each with a stable key).
 */
export const plans = pgTable(
  'plans',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    diagnosisId: uuid('diagnosis_id').notNull(),
    version: integer('version').notNull(),
    status: planStatus('status').notNull().default('active'),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    raceDate: date('race_date', { mode: 'string' }),
    goNoGoDate: date('go_no_go_date', { mode: 'string' }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.patientId],
      foreignColumns: [patients.organizationId, patients.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.diagnosisId],
      foreignColumns: [diagnoses.organizationId, diagnoses.id],
    }),
    uniqueIndex('plans_org_patient_version_key').on(t.organizationId, t.patientId, t.version),
  ],
);

/** The patient ticking an exercise done on a day. */
export const exerciseLogs = pgTable(
  'exercise_logs',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    planId: uuid('plan_id').notNull(),
    itemKey: text('item_key').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    done: boolean('done').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.planId],
      foreignColumns: [plans.organizationId, plans.id],
    }),
    uniqueIndex('exercise_logs_item_day_key').on(t.organizationId, t.planId, t.itemKey, t.day),
    // Caseload flags read a clinician's patients' last five weeks of ticks by patient, not plan.
    index('exercise_logs_org_patient_day_idx').on(t.organizationId, t.patientId, t.day),
  ],
);

/** Pain after a run, 0–10, as the patient reports it. */
export const painLogs = pgTable(
  'pain_logs',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    pain: smallint('pain').notNull(),
    distanceKm: integer('distance_km'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.patientId],
      foreignColumns: [patients.organizationId, patients.id],
    }),
    index('pain_logs_org_patient_idx').on(t.organizationId, t.patientId, t.day),
  ],
);

export const raceDecision = pgEnum('race_decision', ['go', 'no_go']);

/** The clinician's go/no-go call on a race, with the plan it was made under. Latest wins. */
export const raceDecisions = pgTable(
  'race_decisions',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    planId: uuid('plan_id').notNull(),
    decision: raceDecision('decision').notNull(),
    raceDate: date('race_date', { mode: 'string' }),
    note: text('note'),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.planId],
      foreignColumns: [plans.organizationId, plans.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.patientId],
      foreignColumns: [patients.organizationId, patients.id],
    }),
    index('race_decisions_org_patient_idx').on(t.organizationId, t.patientId, t.decidedAt),
  ],
);

/**
 * Closing a plan: which discharge criteria were met (outcomes' `evaluateDischarge` output, as
 * the clinician saw it), the clinician's note, and the plain-words summary the patient sees.
 */
export const discharges = pgTable(
  'discharges',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    planId: uuid('plan_id').notNull(),
    criteria: jsonb('criteria').$type<Record<string, unknown>>().notNull(),
    criteriaMet: text('criteria_met').array().notNull(),
    patientSummary: text('patient_summary').notNull(),
    note: text('note'),
    dischargedBy: uuid('discharged_by')
      .notNull()
      .references(() => users.id),
    dischargedAt: timestamp('discharged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.planId],
      foreignColumns: [plans.organizationId, plans.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.patientId],
      foreignColumns: [patients.organizationId, patients.id],
    }),
    uniqueIndex('discharges_org_plan_key').on(t.organizationId, t.planId),
    index('discharges_org_patient_idx').on(t.organizationId, t.patientId),
  ],
);

/**
 * An organisation's own prior profile (diagnosis engine). Built-in profiles (`clinic-method`,
 * `literature`) live in @stride/diagnosis; these start from one of them and are edited.
 */
export const priorProfiles = pgTable(
  'prior_profiles',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    /** The built-in profile it started from. */
    basedOn: text('based_on').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('prior_profiles_org_name_key').on(t.organizationId, t.name),
  ],
);

type StoredPriorTable = Record<string, { value: number; citation?: string }>;

/**
 * Every saved edit of a prior profile is a new version, never an update: a stored diagnosis
 * names `profile_id` + `profile_version`, and that pair must keep meaning the same numbers.
 * `priors` maps condition id → { value, citation? }, or holds one such map per sex
 * (`{ female, male }`, other/unknown sex = their mean); without a citation a value is expert-set.
 * `@stride/exam-schema`'s `orgPriorsSchema` is the contract; this type only mirrors it.
 */
export const priorProfileVersions = pgTable(
  'prior_profile_versions',
  {
    organizationId: uuid('organization_id').notNull(),
    profileId: uuid('profile_id').notNull(),
    version: integer('version').notNull(),
    priors: jsonb('priors')
      .$type<StoredPriorTable | Record<'female' | 'male', StoredPriorTable>>()
      .notNull(),
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.profileId, t.version] }),
    foreignKey({
      columns: [t.organizationId, t.profileId],
      foreignColumns: [priorProfiles.organizationId, priorProfiles.id],
    }),
  ],
);
