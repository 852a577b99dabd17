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
  await ctx.jobs.send(tx, QUEUES.appointmentConfirmation, data, {
    singletonKey: `confirmation:${appt.id}`,
  });
  const remindAt = new Date(appt.startsAt.getTime() - REMINDER_LEAD_MS);
  if (remindAt > ctx.now()) {
    await ctx.jobs.send(tx, QUEUES.appointmentReminder, data, {
      startAfter: remindAt,
      singletonKey: `reminder:${appt.id}`,
    });
  }
}

/** A freed slot may suit someone on the waitlist. */
export async function enqueueWaitlistMatch(
  ctx: Context,
  tx: Database,
  freed: { organizationId: string; locationId: string; appointmentTypeId: string; startsAt: Date },
): Promise<void> {
  if (freed.startsAt <= ctx.now()) return;
  await ctx.jobs.send(tx, QUEUES.waitlistMatch, {
    organizationId: freed.organizationId,
    locationId: freed.locationId,
    appointmentTypeId: freed.appointmentTypeId,
    start: freed.startsAt.toISOString(),
  });
}
