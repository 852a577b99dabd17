import type { Viewer } from '@stride/auth';
import type { Database } from '@stride/db';
import { schema } from '@stride/db';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string;
  patientId?: string;
  locationId?: string;
  outcome?: 'success' | 'denied' | 'error';
  detail?: Record<string, unknown>;
}

/** Written inside the caller's transaction: if the audit row fails, the read or write fails too. */
export async function emitAudit(tx: Database, viewer: Viewer, entry: AuditEntry): Promise<void> {
  await tx.insert(schema.auditLog).values({
    organizationId: viewer.organizationId,
    actorUserId: viewer.userId,
    actorRole: viewer.role,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    patientId: entry.patientId ?? null,
    locationId: entry.locationId ?? null,
    outcome: entry.outcome ?? 'success',
    detail: entry.detail ?? null,
  });
}
