import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';

import type { Database } from '@stride/db';

import type { Context } from '../context';
import { QUEUES, REMINDER_LEAD_MS } from './queues';

/** Confirmation now and a reminder a day ahead, committed with the booking or not at all. */
export async function enqueueAppointmentEmails(
  ctx: Context,
  tx: Database,
  appt: { organizationId: string; id: string; startsAt: Date },
): Promise<void> {
  const data = { organizationId: appt.organizationId, appointmentId: appt.id };
  const remindAt = new Date(appt.startsAt.getTime() - REMINDER_LEAD_MS);
  await ctx.jobs.send(tx, [
    { queue: QUEUES.appointmentConfirmation, data, singletonKey: `confirmation:${appt.id}` },
    ...(remindAt > ctx.now()
      ? [
          {
            queue: QUEUES.appointmentReminder,
            data,
            startAfter: remindAt,
            singletonKey: `reminder:${appt.id}`,
          },
        ]
      : []),
  ]);
}

/**
 * Withdraws an appointment's emails that have not started, in the caller's transaction: a
 * cancelled or moved appointment leaves no reminder queued. A job already running re-reads the
 * appointment and sends nothing. The reminder is found by its start time through pg-boss's
 * (name, start_after) index: every future booking has one queued, so matching on the payload
 * alone would read them all on every cancel.
 */
export async function cancelAppointmentEmails(
  tx: Database,
  appt: { organizationId: string; id: string; startsAt: Date },
): Promise<void> {
  await tx.execute(appointmentEmailsWithdrawal(appt));
}

/** `cancelAppointmentEmails`'s update, for a caller that runs it within a statement of its own. */
export function appointmentEmailsWithdrawal(appt: {
  organizationId: string;
  id: string;
  startsAt: Date;
}): SQL {
  const remindAt = new Date(appt.startsAt.getTime() - REMINDER_LEAD_MS).toISOString();
  return sql`
    update pgboss.job set state = 'cancelled', completed_on = now()
    where (name = ${QUEUES.appointmentConfirmation}
           or (name = ${QUEUES.appointmentReminder} and start_after = ${remindAt}::timestamptz))
      and state < 'active'
      and data->>'organizationId' = ${appt.organizationId}
      and data->>'appointmentId' = ${appt.id}`;
}

/** A freed slot may suit someone on the waitlist. */
export async function enqueueWaitlistMatch(
  ctx: Context,
  tx: Database,
  freed: { organizationId: string; locationId: string; appointmentTypeId: string; startsAt: Date },
): Promise<void> {
  if (freed.startsAt <= ctx.now()) return;
  await ctx.jobs.send(tx, [
    {
      queue: QUEUES.waitlistMatch,
      data: {
        organizationId: freed.organizationId,
        locationId: freed.locationId,
        appointmentTypeId: freed.appointmentTypeId,
        start: freed.startsAt.toISOString(),
      },
    },
  ]);
}
