import { and, eq, isNull, ne, or } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import type { AuditRow } from './audit-rows';
import { emitAudit } from '../audit';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { auditCursor, loadAuditPage } from './audit-rows';

const { auditLog, patients } = schema;

/** Reads by one person within this long of each other are one visit to the record. */
const VISIT_MS = 15 * 60_000;

export const recordAccessInput = z.strictObject({ cursor: auditCursor.optional() });
export const patientRecordAccessInput = recordAccessInput.extend({
  patientId: z.uuid('That is not a patient id.'),
});

export const recordAccessOutput = z.object({
  visits: z.array(
    z.object({
      /** The latest moment of the visit. */
      at: z.date(),
      who: z.string(),
      role: z.string(),
      location: z.object({ name: z.string(), timeZone: z.string() }).nullable(),
      kinds: z.array(z.enum(['viewed', 'changed', 'exported'])),
      what: z.array(z.string()),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export type RecordAccess = z.infer<typeof recordAccessOutput>;

/**
 * Who accessed one patient's record: names and roles (never internal ids), newest first, with
 * one person's consecutive reads folded into a visit. The patient's own actions are left out;
 * denied attempts are for the admin's log, not this list. Reading the list is audited too.
 */
export async function listRecordAccess(
  ctx: AuthedContext,
  input: z.infer<typeof patientRecordAccessInput> | z.infer<typeof recordAccessInput>,
): Promise<RecordAccess> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, 'patientId' in input ? input.patientId : undefined);
  const [patient] = await ctx.db
    .select({ userId: patients.userId })
    .from(patients)
    .where(and(eq(patients.organizationId, org), eq(patients.id, patientId)));
  return ctx.db.transaction(async (tx) => {
    const page = await loadAuditPage(
      tx,
      org,
      [
        eq(auditLog.patientId, patientId),
        eq(auditLog.outcome, 'success'),
        patient?.userId
          ? or(isNull(auditLog.actorUserId), ne(auditLog.actorUserId, patient.userId))
          : undefined,
      ],
      input.cursor,
      100,
    );
    await emitAudit(tx, ctx.viewer, {
      action: 'audit.record_access.read',
      entityType: 'patient',
      entityId: patientId,
      patientId,
    });
    return { visits: foldVisits(page.rows), nextCursor: page.nextCursor };
  });
}

function foldVisits(rows: AuditRow[]): RecordAccess['visits'] {
  const visits: (RecordAccess['visits'][number] & { actorId: string | null })[] = [];
  for (const row of rows) {
    const open = visits.at(-1);
    if (
      open &&
      open.actorId === row.actor.id &&
      open.location?.name === row.location?.name &&
      open.at.getTime() - row.occurredAt.getTime() <= VISIT_MS
    ) {
      if (!open.kinds.includes(row.kind)) open.kinds.push(row.kind);
      if (!open.what.includes(row.label)) open.what.push(row.label);
      continue;
    }
    visits.push({
      actorId: row.actor.id,
      at: row.occurredAt,
      who: row.actor.name,
      role: row.actor.role,
      location: row.location,
      kinds: [row.kind],
      what: [row.label],
    });
  }
  return visits.map(({ actorId: _a, ...v }) => v);
}
