import {
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

import { patients } from './patients';

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
