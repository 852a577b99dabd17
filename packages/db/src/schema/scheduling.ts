import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { locations, resourceKind } from './locations';
import { patients } from './patients';
import { memberships, users } from './users';

/** A half-open [start, end) range; the exclusion constraints compare these with &&. */
const tstzrange = customType<{ data: string }>({ dataType: () => 'tstzrange' });

export const appointmentTypes = pgTable(
  'appointment_types',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** Stable key for code and seed ('initial_assessment', ...); unique per organisation. */
    key: text('key').notNull(),
    name: text('name').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    /** Resource kinds needed besides the clinician. */
    resourceKinds: resourceKind('resource_kinds')
      .array()
      .notNull()
      .default(sql`'{}'`),
    bookableOnline: boolean('bookable_online').notNull().default(true),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('appointment_types_org_key').on(t.organizationId, t.key),
    check('appointment_types_duration', sql`${t.durationMinutes} between 5 and 480`),
  ],
);

/** Weekly wall-clock working hours of a clinician at one location (ISO weekday 1 = Monday). */
export const workingHours = pgTable(
  'working_hours',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    clinicianId: uuid('clinician_id').notNull(),
    locationId: uuid('location_id').notNull(),
    weekday: smallint('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.clinicianId],
      foreignColumns: [memberships.organizationId, memberships.userId],
    }),
    foreignKey({
      columns: [t.organizationId, t.locationId],
      foreignColumns: [locations.organizationId, locations.id],
    }),
    index('working_hours_org_location_idx').on(t.organizationId, t.locationId),
    check('working_hours_weekday', sql`${t.weekday} between 1 and 7`),
    check('working_hours_order', sql`${t.startTime} < ${t.endTime}`),
  ],
);

export const exceptionKind = pgEnum('availability_exception_kind', ['time_off', 'extra_hours']);

/** Time off (whole day when no times) or extra hours at one location on one date. */
export const availabilityExceptions = pgTable(
  'availability_exceptions',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    clinicianId: uuid('clinician_id').notNull(),
    kind: exceptionKind('kind').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    locationId: uuid('location_id'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.clinicianId],
      foreignColumns: [memberships.organizationId, memberships.userId],
    }),
    foreignKey({
      columns: [t.organizationId, t.locationId],
      foreignColumns: [locations.organizationId, locations.id],
    }),
    index('availability_exceptions_org_clinician_idx').on(t.organizationId, t.clinicianId, t.date),
  ],
);

export const appointmentStatus = pgEnum('appointment_status', [
  'held',
  'booked',
  'checked_in',
  'completed',
  'cancelled',
  'no_show',
]);
export type AppointmentStatus = (typeof appointmentStatus.enumValues)[number];

export const appointments = pgTable(
  'appointments',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    locationId: uuid('location_id').notNull(),
    appointmentTypeId: uuid('appointment_type_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: appointmentStatus('status').notNull(),
    /** Set while status is 'held': after this instant the hold no longer blocks anyone. */
    holdExpiresAt: timestamp('hold_expires_at', { withTimezone: true }),
    /** The client's key for this booking request: a replay returns the first result. */
    idempotencyKey: text('idempotency_key'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    /** The appointment this one replaced, when it came from a reschedule. */
    rescheduledFromId: uuid('rescheduled_from_id'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.locationId],
      foreignColumns: [locations.organizationId, locations.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.appointmentTypeId],
      foreignColumns: [appointmentTypes.organizationId, appointmentTypes.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.patientId],
      foreignColumns: [patients.organizationId, patients.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.clinicianId],
      foreignColumns: [memberships.organizationId, memberships.userId],
    }),
    uniqueIndex('appointments_org_idempotency_key').on(t.organizationId, t.idempotencyKey),
    // Migration 0018 adds INCLUDE columns for the utilisation report (drizzle cannot spell them).
    index('appointments_org_location_start_idx').on(t.organizationId, t.locationId, t.startsAt),
    index('appointments_org_clinician_start_idx').on(t.organizationId, t.clinicianId, t.startsAt),
    index('appointments_org_patient_start_idx').on(t.organizationId, t.patientId, t.startsAt),
    // Every booking looks for its location's lapsed holds; there are only ever a few holds, and
    // through the location index that read passed over every appointment of the days ahead.
    index('appointments_org_location_held_idx')
      .on(t.organizationId, t.locationId, t.startsAt)
      .where(sql`${t.status} = 'held'`),
    check('appointments_order', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

export const allocationKind = pgEnum('allocation_kind', ['clinician', 'exam_room', 'gait_lab']);

/**
 * One row per resource an appointment occupies, over its time including buffers. Exclusion
 * constraints (custom migration) forbid two live rows of one resource from overlapping.
 */
export const appointmentAllocations = pgTable(
  'appointment_allocations',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    appointmentId: uuid('appointment_id').notNull(),
    kind: allocationKind('kind').notNull(),
    /** The clinician's user id or the room's resource id. */
    resourceId: uuid('resource_id').notNull(),
    during: tstzrange('during').notNull(),
    /**
     * `during`'s start, kept by the database. Behind row-level security a range's && and
     * lower() are not leakproof, so neither can bound an index scan; a plain timestamptz
     * comparison can (reports read a year of gait-lab allocations through this).
     */
    startsAt: timestamp('starts_at', { withTimezone: true }).generatedAlwaysAs(sql`lower(during)`),
    /** False once the appointment is cancelled or its hold lapsed: the time is free again. */
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.appointmentId],
      foreignColumns: [appointments.organizationId, appointments.id],
    }),
    index('appointment_allocations_org_appointment_idx').on(t.organizationId, t.appointmentId),
    // Likewise INCLUDE (kind, during) from migration 0018.
    index('appointment_allocations_org_resource_start_idx')
      .on(t.organizationId, t.resourceId, t.startsAt)
      .where(sql`${t.active}`),
  ],
);
