import {
  date,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

import { plans } from './clinical';
import { patients } from './patients';
import { users } from './users';

/**
 * One completed questionnaire. The score is computed on the server from the answers and kept
 * with the instrument's version, so a later change to an instrument never rewrites history.
 */
export const questionnaireResponses = pgTable(
  'questionnaire_responses',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    answers: jsonb('answers').$type<Record<string, number | null>>().notNull(),
    score: doublePrecision('score').notNull(),
    subscores: jsonb('subscores').$type<{ itemId: string; value: number }[]>().notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
    /** The follow-up request this answers, when it was asked for by the schedule. */
    followUpRequestId: uuid('follow_up_request_id'),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    foreignKey({
      columns: [t.organizationId, t.patientId],
      foreignColumns: [patients.organizationId, patients.id],
    }),
    index('questionnaire_responses_patient_idx').on(
      t.organizationId,
      t.patientId,
      t.instrumentId,
      t.answeredAt,
    ),
  ],
);

export const followUpStatus = pgEnum('follow_up_status', [
  'pending',
  'answered',
  'missed',
  'cancelled',
]);

/**
 * A scheduled questionnaire request from a plan (outcomes' `followUpSchedule`): a pg-boss job
 * sends it on `due_date` (email through the outbox + a portal task); unanswered after the grace
 * period it is marked missed and re-sent once. Answers in progress are kept in `draft_answers`
 * so nothing the patient typed is lost.
 */
export const followUpRequests = pgTable(
  'follow_up_requests',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    patientId: uuid('patient_id').notNull(),
    planId: uuid('plan_id').notNull(),
    /** outcomes' stable request key, e.g. `week-6+pre-go-no-go`. */
    key: text('key').notNull(),
    reasons: text('reasons').array().notNull(),
    instrumentIds: text('instrument_ids').array().notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: followUpStatus('status').notNull().default('pending'),
    draftAnswers: jsonb('draft_answers')
      .$type<Record<string, Record<string, number | null>>>()
      .notNull()
      .default({}),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    resentAt: timestamp('resent_at', { withTimezone: true }),
    missedAt: timestamp('missed_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
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
    uniqueIndex('follow_up_requests_plan_key').on(t.organizationId, t.planId, t.key),
    index('follow_up_requests_org_patient_idx').on(t.organizationId, t.patientId, t.dueDate),
  ],
);

/**
 * The wording of a licensed instrument's items (KOOS-PF, Kujala/AKPS, LEFS), pasted in by the
 * clinic under its own licence: Stride ships scoring rules, ranges and MCIDs but not the text.
 */
export const instrumentItemTexts = pgTable(
  'instrument_item_texts',
  {
    organizationId: uuid('organization_id').notNull(),
    instrumentId: text('instrument_id').notNull(),
    /** The instrument version the texts were entered for. */
    instrumentVersion: text('instrument_version').notNull(),
    /** item id → the item's wording (and, for each option, its label where the scale needs it). */
    items: jsonb('items').$type<Record<string, string>>().notNull(),
    updatedBy: uuid('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.instrumentId] })],
);
