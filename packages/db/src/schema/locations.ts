import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

import { organizations } from './organizations';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
/** Wall-clock "HH:MM" intervals per weekday, interpreted in the location's IANA zone. */
export type WeeklyHours = Partial<Record<Weekday, { start: string; end: string }[]>>;

export const locations = pgTable(
  'locations',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    addressLine1: text('address_line1').notNull(),
    city: text('city').notNull(),
    region: text('region').notNull(),
    postalCode: text('postal_code').notNull(),
    country: text('country').notNull().default('US'),
    timeZone: text('time_zone').notNull(),
    openingHours: jsonb('opening_hours').$type<WeeklyHours>().notNull(),
    /** Booking policy: earliest bookable start after now, how far ahead, and the cancel cut-off. */
    minNoticeMinutes: integer('min_notice_minutes').notNull().default(120),
    bookingHorizonDays: integer('booking_horizon_days').notNull().default(90),
    cancellationWindowHours: integer('cancellation_window_hours').notNull().default(24),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const resourceKind = pgEnum('resource_kind', ['exam_room', 'gait_lab']);
export type ResourceKind = (typeof resourceKind.enumValues)[number];

/** Rooms and equipment a booking can occupy. A gait lab has a treadmill. */
export const resources = pgTable(
  'resources',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    locationId: uuid('location_id').notNull(),
    kind: resourceKind('kind').notNull(),
    name: text('name').notNull(),
    hasTreadmill: boolean('has_treadmill').notNull().default(false),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.locationId],
      foreignColumns: [locations.organizationId, locations.id],
    }),
    check('gait_lab_has_treadmill', sql`${t.kind} <> 'gait_lab' or ${t.hasTreadmill}`),
  ],
);
