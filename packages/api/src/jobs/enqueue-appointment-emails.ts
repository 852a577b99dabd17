import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';

import type { Database } from '@stride/db';

import type { Context } from '../context';
import { renderedWithPlaceholders } from '../rendered-once';
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
  await tx.execute(withdrawal(withdrawalValues(appt)));
}

/**
 * `cancelAppointmentEmails`'s update with its values as placeholders (`org`, `appointmentId`,
 * `remindAt`, see `withdrawalValues`), for a caller that runs it within a statement of its own.
 */
export const APPOINTMENT_EMAILS_WITHDRAWAL: SQL = sql`
    update pgboss.job set state = 'cancelled', completed_on = now()
    where (name = ${QUEUES.appointmentConfirmation}
           or (name = ${QUEUES.appointmentReminder}
               and start_after = ${sql.placeholder('remindAt')}::timestamptz))
      and state < 'active'
      and data->>'organizationId' = ${sql.placeholder('org')}
      and data->>'appointmentId' = ${sql.placeholder('appointmentId')}`;

/** The placeholders' values of `APPOINTMENT_EMAILS_WITHDRAWAL` for one appointment. */
export function withdrawalValues(appt: { organizationId: string; id: string; startsAt: Date }) {
  return {
    org: appt.organizationId,
    appointmentId: appt.id,
    remindAt: new Date(appt.startsAt.getTime() - REMINDER_LEAD_MS).toISOString(),
  };
}

const withdrawal = renderedWithPlaceholders(APPOINTMENT_EMAILS_WITHDRAWAL);

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
