import type { SQL } from 'drizzle-orm';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import { describeAction, roleLabels } from './action-labels';

const { auditLog, locations, patients, users } = schema;

/**
 * Keyset cursor: the last row's `occurred_at` at full microsecond precision (a JS Date would
 * drop the microseconds and skip or repeat rows) and its id, which breaks ties.
 */
const CURSOR =
  /^((\d{4})-\d\d-\d\dT\d\d:\d\d:\d\d)\.\d{6}Z_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;

/**
 * Both halves go straight into `::timestamptz` and `::uuid` casts, so an instant that does not
 * exist (month 13, 25:61, 30 February, year 0) must stop here rather than fail the query.
 */
function isRealInstant(cursor: string): boolean {
  const [, seconds, year] = CURSOR.exec(cursor) ?? [];
  if (seconds === undefined || Number(year) < 1) return false;
  const at = Date.parse(`${seconds}Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().startsWith(seconds);
}

export const auditCursor = z
  .string()
  .regex(CURSOR, 'That page link is broken.')
  .refine(isRealInstant, 'That page link is broken.');

export const auditRowOutput = z.object({
  id: z.string(),
  occurredAt: z.date(),
  actor: z.object({ id: z.string().nullable(), name: z.string(), role: z.string() }),
  action: z.string(),
  label: z.string(),
  kind: z.enum(['viewed', 'changed', 'exported']),
  entity: z.object({ type: z.string(), id: z.string().nullable() }),
  patient: z.object({ id: z.string(), name: z.string() }).nullable(),
  location: z.object({ name: z.string(), timeZone: z.string() }).nullable(),
  outcome: z.enum(['success', 'denied', 'error']),
});
export type AuditRow = z.infer<typeof auditRowOutput>;

export const auditPageOutput = z.object({
  rows: z.array(auditRowOutput),
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof auditPageOutput>;

/** One page of the organisation's log, newest first, readable names joined in. */
export async function loadAuditPage(
  db: Database,
  organizationId: string,
  filters: (SQL | undefined)[],
  cursor: string | undefined,
  limit: number,
): Promise<AuditPage> {
  const after = cursor ? cursor.split('_') : undefined;
  const rows = await db
    .select({
      id: auditLog.id,
      occurredAt: auditLog.occurredAt,
      cursorAt: sql<string>`to_char(${auditLog.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      actorId: auditLog.actorUserId,
      actorName: users.name,
      actorRole: auditLog.actorRole,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      patientId: patients.id,
      givenName: patients.givenName,
      familyName: patients.familyName,
      locationName: locations.name,
      timeZone: locations.timeZone,
      outcome: auditLog.outcome,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(
      patients,
      and(
        eq(patients.organizationId, auditLog.organizationId),
        eq(patients.id, auditLog.patientId),
      ),
    )
    .leftJoin(
      locations,
      and(
        eq(locations.organizationId, auditLog.organizationId),
        eq(locations.id, auditLog.locationId),
      ),
    )
    .where(
      and(
        eq(auditLog.organizationId, organizationId),
        ...filters,
        after
          ? sql`(${auditLog.occurredAt}, ${auditLog.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt,
      actor: {
        id: r.actorId,
        name: r.actorName ?? 'System',
        role: roleLabels[r.actorRole ?? ''] ?? r.actorRole ?? 'System',
      },
      action: r.action,
      ...describeAction(r.action),
      entity: { type: r.entityType, id: r.entityId },
      patient:
        r.patientId && r.givenName !== null
          ? { id: r.patientId, name: `${r.givenName} ${r.familyName ?? ''}`.trim() }
          : null,
      location:
        r.locationName !== null && r.timeZone !== null
          ? { name: r.locationName, timeZone: r.timeZone }
          : null,
      outcome: r.outcome,
    })),
    nextCursor: rows.length > limit && last ? `${last.cursorAt}_${last.id}` : null,
  };
}
