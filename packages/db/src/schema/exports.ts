import {
  customType,
  index,
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
import { users } from './users';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export const dataExportStatus = pgEnum('data_export_status', [
  'queued',
  'running',
  'done',
  'failed',
]);

/**
 * A whole-organisation export (FHIR R4 NDJSON per resource type, zipped), built by a background
 * job. The zip is kept in the row so the download works the same on PGlite and PostgreSQL
 * without a shared file system.
 */
export const dataExports = pgTable(
  'data_exports',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull().defaultRandom(),
    status: dataExportStatus('status').notNull().default('queued'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    file: bytea('file'),
    sizeBytes: integer('size_bytes'),
    /** resource type → number of resources written. */
    counts: jsonb('counts').$type<Record<string, number>>(),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('data_exports_org_created_idx').on(t.organizationId, t.createdAt),
  ],
);
