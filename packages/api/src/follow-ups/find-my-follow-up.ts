import { and, eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';
import { localDateOf } from '@stride/scheduling';

import type { AuthedContext } from '../context';
import { notFound } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { patientZone } from './follow-up-jobs';

const { followUpRequests } = schema;

/** A request is a task from its due date until it is answered or cancelled; missed ones stay open. */
export function isOpen(request: { status: string; dueDate: string }, today: string): boolean {
  return (request.status === 'pending' && request.dueDate <= today) || request.status === 'missed';
}

/**
 * The signed-in patient's own request (another patient's id is simply not found), with their
 * local date. `lock` takes a row lock for writes, so two tabs cannot submit the same request.
 */
export async function findMyFollowUp(
  ctx: AuthedContext,
  db: Database,
  requestId: string,
  lock = false,
) {
  const org = ctx.viewer.organizationId;
  // Through `db`, which may be the caller's transaction (PGlite has a single connection).
  const patientId = await resolvePatientId({ ...ctx, db }, undefined);
  const query = db
    .select()
    .from(followUpRequests)
    .where(
      and(
        eq(followUpRequests.organizationId, org),
        eq(followUpRequests.id, requestId),
        eq(followUpRequests.patientId, patientId),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('That questionnaire');
  const today = localDateOf(ctx.now().getTime(), await patientZone(db, org, patientId));
  return { request: row, patientId, today, open: isOpen(row, today) };
}
