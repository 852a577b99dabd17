import {
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

import { organizations } from './organizations';

export const auditOutcome = pgEnum('audit_outcome', ['success', 'denied', 'error']);

/**
 * Who did what to which patient's record, written in the same transaction as the change or
 * read it describes. Append-only.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull().defaultRandom(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    locationId: uuid('location_id'),
    patientId: uuid('patient_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    outcome: auditOutcome('outcome').notNull().default('success'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    index('audit_log_org_patient_idx').on(t.organizationId, t.patientId, t.occurredAt),
    index('audit_log_org_actor_idx').on(t.organizationId, t.actorUserId, t.occurredAt),
    index('audit_log_org_action_idx').on(t.organizationId, t.action, t.occurredAt),
    index('audit_log_org_occurred_idx').on(t.organizationId, t.occurredAt),
  ],
);
