import {
  bigint,
  date,
  foreignKey,
  index,
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
 * bump on every write to a table the flags read, 0012), `as_of` is the patient's local today,
 * `rules` names the current flag rules and `clinician_id` is the primary clinician whose caseload
 * it was computed for. The rank columns let SQL sort and page the caseload.
 */
export const caseloadFlags = pgTable(
  'caseload_flags',
  {
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    /**
     * The patient's primary clinician when computed. A caseload reads its rows by this key, in
     * one index range, instead of probing once per patient; a row under another clinician (the
     * patient moved caseloads) counts as missing and is computed again for the new one.
     */
    clinicianId: uuid('clinician_id').notNull(),
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
    // Migration 0020 adds INCLUDE columns so the caseload reads its sort keys and staleness from
    // the index alone (drizzle cannot spell INCLUDE).
    index('caseload_flags_clinician_idx').on(t.organizationId, t.clinicianId, t.patientId),
  ],
);
