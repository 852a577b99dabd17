import {
  bigint,
  date,
  foreignKey,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

import { patients } from './patients';

/** A cached flag as the caseload shows it (the evidence stays with a fresh computation). */
export interface CachedCaseloadFlag {
  id: string;
  severity: string;
  message: string;
}

/**
 * Each patient's caseload flags, computed once and reused until something they read changes.
 * Derived data: the row is valid while `version` equals `patients.flags_version` (which triggers
 * bump on every write to a table the flags read, 0012), `as_of` is the patient's local today
 * and `rules` names the current flag rules. The rank columns let SQL sort and page the caseload.
 */
export const caseloadFlags = pgTable(
  'caseload_flags',
  {
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
    rules: text('rules').notNull(),
    flags: jsonb('flags').$type<CachedCaseloadFlag[]>().notNull(),
    topSeverity: smallint('top_severity').notNull(),
    topFlag: smallint('top_flag').notNull(),
    flagCount: smallint('flag_count').notNull(),
    flagIds: text('flag_ids').array().notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.patientId] }),
    foreignKey({
      columns: [t.organizationId, t.patientId],
      foreignColumns: [patients.organizationId, patients.id],
    }).onDelete('cascade'),
  ],
);
