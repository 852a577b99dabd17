import { sql } from 'drizzle-orm';

import type { Viewer } from '@stride/auth';
import type { Database } from '@stride/db';
import { schema, sendWithNextStatement } from '@stride/db';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string;
  patientId?: string;
  locationId?: string;
  outcome?: 'success' | 'denied' | 'error';
  detail?: Record<string, unknown>;
}

const { auditLog } = schema;

/**
 * Written inside the caller's transaction: if the audit row fails, the read or write fails too.
 * Nothing in a call depends on its audit row, so the row travels with the transaction's next
 * statement or its COMMIT (sendWithNextStatement) instead of costing a round trip of its own.
 * A row about a patient always names a location: the caller's, else the patient's home location
 * (looked up in the same statement), so the log can be read in that location's time zone.
 */
export async function emitAudit(tx: Database, viewer: Viewer, entry: AuditEntry): Promise<void> {
  const homeLocation = entry.patientId
    ? sql`(select home_location_id from patients
          where organization_id = ${viewer.organizationId} and id = ${entry.patientId})`
    : null;
  const insert = tx.insert(auditLog).values({
    organizationId: viewer.organizationId,
    actorUserId: viewer.userId,
    actorRole: viewer.role,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    patientId: entry.patientId ?? null,
    locationId: entry.locationId ?? homeLocation,
    outcome: entry.outcome ?? 'success',
    detail: entry.detail ?? null,
  });
  await sendWithNextStatement(tx, insert.getSQL());
}
