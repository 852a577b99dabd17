import { and, eq, sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';
import { addDays, FOLLOW_UP_GRACE_DAYS } from '@stride/outcomes';
import { resolveWallClock } from '@stride/scheduling';

import type { Context } from '../context';
import { notFound } from '../errors';
import { QUEUES } from '../jobs/queues';

const { locations, patients } = schema;

/** Requests go out at 08:00 in the patient's clinic zone: a morning email, not a midnight one. */
export const SEND_MINUTE_OF_DAY = 8 * 60;

/** The time zone of the patient's home location: their "today" and their morning. */
export async function patientZone(db: Database, org: string, patientId: string): Promise<string> {
  const [row] = await db
    .select({ zone: locations.timeZone })
    .from(patients)
    .innerJoin(
      locations,
      and(
        eq(locations.organizationId, patients.organizationId),
        eq(locations.id, patients.homeLocationId),
      ),
    )
    .where(and(eq(patients.organizationId, org), eq(patients.id, patientId)));
  if (!row) throw notFound('That patient');
  return row.zone;
}

export function morningOf(date: string, zone: string): Date {
  return new Date(resolveWallClock(date, SEND_MINUTE_OF_DAY, zone).instant);
}

/**
 * The send on the due date and the missed check the morning after the grace days, both in the
 * caller's transaction: a request row exists exactly when its jobs do.
 */
export async function enqueueFollowUpJobs(
  ctx: Context,
  tx: Database,
  request: { organizationId: string; id: string; dueDate: string },
  zone: string,
): Promise<void> {
  const data = { organizationId: request.organizationId, requestId: request.id };
  await ctx.jobs.send(tx, [
    {
      queue: QUEUES.followUpSend,
      data,
      startAfter: morningOf(request.dueDate, zone),
      singletonKey: `follow-up-send:${request.id}`,
    },
    {
      queue: QUEUES.followUpCheck,
      data,
      startAfter: morningOf(addDays(request.dueDate, FOLLOW_UP_GRACE_DAYS + 1), zone),
      singletonKey: `follow-up-check:${request.id}`,
    },
  ]);
}

/**
 * Cancels the not-yet-started jobs of these requests in pg-boss's own table, in the caller's
 * transaction. A job already running re-reads the request and finds it cancelled, so nothing is
 * sent either way. pg-boss keeps its tables in the `pgboss` schema (its default, which we use).
 */
export async function cancelFollowUpJobs(
  tx: Database,
  organizationId: string,
  requestIds: readonly string[],
): Promise<void> {
  if (requestIds.length === 0) return;
  const ids = sql.join(
    requestIds.map((id) => sql`${id}`),
    sql`, `,
  );
  await tx.execute(sql`
    update pgboss.job set state = 'cancelled', completed_on = now()
    where name in (${QUEUES.followUpSend}, ${QUEUES.followUpCheck})
      and state < 'active'
      and data->>'organizationId' = ${organizationId}
      and data->>'requestId' in (${ids})`);
}
