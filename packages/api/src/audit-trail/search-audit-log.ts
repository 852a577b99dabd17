import type { SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { and, eq, gte, ilike, inArray, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { addDays, resolveWallClock } from '@stride/scheduling';

import type { AuthedContext } from '../context';
import type { AuditPage } from './audit-rows';
import { emitAudit } from '../audit';
import { inViewerLocations } from '../scope';
import { auditCursor, loadAuditPage } from './audit-rows';

const { auditLog, memberships, patients, users } = schema;

const isZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const searchAuditLogInput = z
  .strictObject({
    patientId: z.uuid('That is not a patient id.').optional(),
    /** Part of a patient's name, when the admin does not have their id. */
    patientName: z
      .string()
      .trim()
      .min(2, 'Type at least 2 letters of the name.')
      .max(100)
      .optional(),
    actorUserId: z.uuid('That is not a user id.').optional(),
    actorName: z.string().trim().min(2, 'Type at least 2 letters of the name.').max(100).optional(),
    action: z.string().trim().max(100).optional(),
    /** Local dates, both inclusive, read in `timeZone`. */
    from: z.iso.date('Give the first date as YYYY-MM-DD.').optional(),
    to: z.iso.date('Give the last date as YYYY-MM-DD.').optional(),
    timeZone: z.string().refine(isZone, 'That is not a time zone.').default('UTC'),
    cursor: auditCursor.optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: 'The last date must not be before the first.',
    path: ['to'],
  });
export type SearchAuditLogInput = z.input<typeof searchAuditLogInput>;

/** Escapes LIKE wildcards so a search for "o'_" matches literally. */
const likeTerm = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The admin's audit search. Every filter leads with the organisation so one of the log's
 * (organisation, patient | actor | action, occurred_at) indexes serves it; names resolve to ids
 * first (a handful of people), never a join-then-filter over the whole log. The search itself
 * is audited, naming the patient when the admin looked one up.
 */
export async function searchAuditLog(
  ctx: AuthedContext,
  input: z.output<typeof searchAuditLogInput>,
): Promise<AuditPage> {
  const org = ctx.viewer.organizationId;
  const filters: (SQL | undefined)[] = [inViewerLocationsOrNone(ctx)];
  if (input.patientId) filters.push(eq(auditLog.patientId, input.patientId));
  if (input.patientName) {
    const term = likeTerm(input.patientName);
    const found = await ctx.db
      .select({ id: patients.id })
      .from(patients)
      .where(
        and(
          eq(patients.organizationId, org),
          or(
            ilike(patients.givenName, term),
            ilike(patients.familyName, term),
            ilike(sql`${patients.givenName} || ' ' || ${patients.familyName}`, term),
          ),
        ),
      )
      .limit(50);
    filters.push(inIds(auditLog.patientId, found));
  }
  if (input.actorUserId) filters.push(eq(auditLog.actorUserId, input.actorUserId));
  if (input.actorName) {
    const found = await ctx.db
      .select({ id: users.id })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(and(eq(memberships.organizationId, org), ilike(users.name, likeTerm(input.actorName))))
      .limit(50);
    filters.push(inIds(auditLog.actorUserId, found));
  }
  if (input.action) filters.push(eq(auditLog.action, input.action));
  if (input.from) filters.push(gte(auditLog.occurredAt, startOfDay(input.from, input.timeZone)));
  if (input.to)
    filters.push(lt(auditLog.occurredAt, startOfDay(addDays(input.to, 1), input.timeZone)));
  return ctx.db.transaction(async (tx) => {
    const page = await loadAuditPage(tx, org, filters, input.cursor, input.limit);
    await emitAudit(tx, ctx.viewer, {
      action: 'audit.search',
      entityType: 'audit_log',
      patientId: input.patientId,
      detail: {
        patientName: input.patientName ?? null,
        actorUserId: input.actorUserId ?? null,
        actorName: input.actorName ?? null,
        action: input.action ?? null,
        from: input.from ?? null,
        to: input.to ?? null,
        page: input.cursor ? 'next' : 'first',
      },
    });
    return page;
  });
}

function startOfDay(date: string, timeZone: string): Date {
  return new Date(resolveWallClock(date, 0, timeZone).instant);
}

/** A name that matches nobody must match no rows, not drop the filter. */
function inIds(column: AnyPgColumn, found: { id: string }[]): SQL {
  return found.length === 0
    ? sql`false`
    : inArray(
        column,
        found.map((f) => f.id),
      );
}

/** Admins limited to some locations see those locations' rows only (org-wide admins see all). */
function inViewerLocationsOrNone(ctx: AuthedContext): SQL | undefined {
  return ctx.viewer.locationIds === 'all'
    ? undefined
    : inViewerLocations(ctx.viewer, auditLog.locationId);
}
