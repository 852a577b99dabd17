import { TRPCError } from '@trpc/server';
import { and, asc, eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

/** The field path and message a refused call names, so tests check where a form shows them. */
export async function refusal(
  call: Promise<unknown>,
): Promise<{ code: string; path: string; message: string }> {
  try {
    await call;
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    const cause: unknown = e.cause;
    if (cause && typeof cause === 'object' && 'issues' in cause) {
      const [issue] = (cause as { issues: { path: PropertyKey[]; message: string }[] }).issues;
      return { code: e.code, path: issue?.path.join('.') ?? '', message: issue?.message ?? '' };
    }
    const field = cause && typeof cause === 'object' && 'field' in cause ? String(cause.field) : '';
    return { code: e.code, path: field, message: e.message };
  }
  throw new Error('the call was not refused');
}

/** Audit rows of one entity, oldest first. */
export async function auditRows(db: Database, organizationId: string, entityId: string) {
  return db
    .select({
      action: schema.auditLog.action,
      actorUserId: schema.auditLog.actorUserId,
      locationId: schema.auditLog.locationId,
      detail: schema.auditLog.detail,
    })
    .from(schema.auditLog)
    .where(
      and(
        eq(schema.auditLog.organizationId, organizationId),
        eq(schema.auditLog.entityId, entityId),
      ),
    )
    .orderBy(asc(schema.auditLog.occurredAt), asc(schema.auditLog.id));
}
