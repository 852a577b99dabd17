import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { locations } from './locations';
import { patients } from './patients';
import { appointments, appointmentTypes } from './scheduling';

/**
 * Every email Stride would send, kept in the database: staff can read what went out, and no
 * mail server is needed to run the product. `dedupeKey` makes job retries send once.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    toEmail: text('to_email').notNull(),
    patientId: uuid('patient_id'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('outbox_messages_org_dedupe_key').on(t.organizationId, t.dedupeKey),
    index('outbox_messages_org_created_idx').on(t.organizationId, t.createdAt),
    foreignKey({
      columns: [t.organizationId, t.patientId],
      foreignColumns: [patients.organizationId, patients.id],
    }),
  ],
);

export const waitlistStatus = pgEnum('waitlist_status', [
  'waiting',
  'offered',
  'booked',
  'withdrawn',
]);

/** A patient waiting for a type of appointment at a location between two local dates. */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    locationId: uuid('location_id').notNull(),
    appointmentTypeId: uuid('appointment_type_id').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    status: waitlistStatus('status').notNull().default('waiting'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.patientId],
      foreignColumns: [patients.organizationId, patients.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.locationId],
      foreignColumns: [locations.organizationId, locations.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.appointmentTypeId],
      foreignColumns: [appointmentTypes.organizationId, appointmentTypes.id],
    }),
    index('waitlist_entries_match_idx').on(
      t.organizationId,
      t.locationId,
      t.appointmentTypeId,
      t.status,
      t.createdAt,
    ),
    check('waitlist_entries_dates', sql`${t.fromDate} <= ${t.toDate}`),
  ],
);

/** A freed slot offered to a waiting patient; the emailed link books it if it is still free. */
export const waitlistOffers = pgTable(
  'waitlist_offers',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    entryId: uuid('entry_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    clinicianId: uuid('clinician_id'),
    /** Unguessable, single-use; the link carries it. */
    token: text('token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAppointmentId: uuid('accepted_appointment_id'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    uniqueIndex('waitlist_offers_token_key').on(t.token),
    foreignKey({
      columns: [t.organizationId, t.entryId],
      foreignColumns: [waitlistEntries.organizationId, waitlistEntries.id],
    }),
    foreignKey({
      columns: [t.organizationId, t.acceptedAppointmentId],
      foreignColumns: [appointments.organizationId, appointments.id],
    }),
  ],
);
