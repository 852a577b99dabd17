import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';

import type { Viewer } from '@stride/auth';
import type { Database } from '@stride/db';
import { schema, sendWithNextStatement } from '@stride/db';

import type { PlaceholderValues } from './rendered-once';
import { renderedWithPlaceholders } from './rendered-once';

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

/** A value the insert takes as it is given: placeholders bypass the columns' encoders. */
const slot = (name: string): SQL => sql`${sql.placeholder(name)}`;

/**
 * The audit row's insert, rendered once per way it names a location (renderedWithPlaceholders):
 * 135 call sites write one, every audited read among them, and building the insert from the
 * schema on each was a tenth of opening a chart in one process. `patientHome` looks the
 * location up from the patient, in the same statement.
 */
type AuditShape = 'given' | 'patientHome';
const auditInserts = new Map<AuditShape, (values: PlaceholderValues) => SQL>();

/** Rendered on first use: the insert builder needs a database handle (any: only its dialect). */
function auditInsert(tx: Database, shape: AuditShape) {
  const cached = auditInserts.get(shape);
  if (cached) return cached;
  const bind = renderedWithPlaceholders(
    tx
      .insert(auditLog)
      .values({
        organizationId: slot('org'),
        actorUserId: slot('actor'),
        actorRole: slot('role'),
        action: slot('action'),
        entityType: slot('entityType'),
        entityId: slot('entityId'),
        patientId: slot('patientId'),
        locationId:
          shape === 'patientHome'
            ? sql`(select home_location_id from patients
                  where organization_id = ${sql.placeholder('org')}
                    and id = ${sql.placeholder('patientId')})`
            : slot('locationId'),
        outcome: slot('outcome'),
        detail: slot('detail'),
      })
      .getSQL(),
  );
  auditInserts.set(shape, bind);
  return bind;
}

/**
 * Written inside the caller's transaction: if the audit row fails, the read or write fails too.
 * Nothing in a call depends on its audit row, so the row travels with the transaction's next
 * statement or its COMMIT (sendWithNextStatement) instead of costing a round trip of its own.
 * A row about a patient always names a location: the caller's, else the patient's home location
 * (looked up in the same statement), so the log can be read in that location's time zone.
 */
export async function emitAudit(tx: Database, viewer: Viewer, entry: AuditEntry): Promise<void> {
  // The home location only when the call names none, as before (`entry.locationId ?? home`).
  const shape = entry.patientId && entry.locationId == null ? 'patientHome' : 'given';
  const insert = auditInsert(
    tx,
    shape,
  )({
    org: viewer.organizationId,
    actor: viewer.userId,
    role: viewer.role,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    patientId: entry.patientId ?? null,
    locationId: entry.locationId ?? null,
    outcome: entry.outcome ?? 'success',
    // As the jsonb column would encode it; absent is SQL null, not JSON null.
    detail: entry.detail == null ? null : JSON.stringify(entry.detail),
  });
  await sendWithNextStatement(tx, insert);
}
