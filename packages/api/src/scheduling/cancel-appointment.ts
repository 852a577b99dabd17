import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { checkCancellationPolicy } from '@stride/scheduling';

import type { AuthedContext } from '../context';
import type { AppointmentSummary } from './appointment-summary';
import type { AppointmentRow, PolicyLocation } from './find-appointment';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import {
  appointmentEmailsWithdrawal,
  enqueueWaitlistMatch,
} from '../jobs/enqueue-appointment-emails';
import { selectSummaries, summaryColumns, toSummary } from './appointment-summary';
import { findAppointmentWithPolicy } from './find-appointment';
import { allocationsRelease } from './release-lapsed-holds';

const { appointments } = schema;

export const cancelAppointmentInput = z
  .object({
    appointmentId: z.uuid('That is not an appointment id.'),
    reason: z.string().trim().max(500, 'Keep the reason under 500 characters.').optional(),
  })
  .strict();
export type CancelAppointmentInput = z.infer<typeof cancelAppointmentInput>;

/** Applies the location's cancellation window to patients; staff may always act. */
export function assertPolicyAllows(
  ctx: AuthedContext,
  appt: AppointmentRow,
  action: 'cancel' | 'reschedule',
  location: PolicyLocation | undefined,
): void {
  const decision = checkCancellationPolicy({
    now: ctx.now().getTime(),
    start: appt.startsAt.getTime(),
    status: appt.status,
    actor: ctx.viewer.role === 'patient' ? 'patient' : 'staff',
    action,
    policy: { patientCutoffMinutes: (location?.hours ?? 24) * 60 },
  });
  if (!decision.allowed) {
    const call =
      decision.reason === 'inside_cutoff'
        ? ` Please call the ${location?.name ?? ''} clinic instead.`
        : '';
    throw new DomainError('BAD_REQUEST', `${decision.message}${call}`);
  }
}

/**
 * Cancels an appointment. Its status, its allocations, its queued emails and the summary it
 * answers with are one statement; the waitlist job and the audit row follow in the same savepoint.
 */
export async function cancelAppointment(
  ctx: AuthedContext,
  input: CancelAppointmentInput,
): Promise<AppointmentSummary> {
  const org = ctx.viewer.organizationId;
  return ctx.db.transaction(async (tx) => {
    const { appt, location } = await findAppointmentWithPolicy(ctx, tx, input.appointmentId, true);
    assertPolicyAllows(ctx, appt, 'cancel', location);
    const cancelled = tx.$with('cancelled').as(
      tx
        .update(appointments)
        .set({
          status: 'cancelled',
          cancelledAt: ctx.now(),
          cancelReason:
            input.reason ??
            (ctx.viewer.role === 'patient'
              ? 'Cancelled by the patient'
              : 'Cancelled by the clinic'),
        })
        .where(and(eq(appointments.organizationId, org), eq(appointments.id, appt.id)))
        .returning(summaryColumns),
    );
    const released = tx.$with('released').as(allocationsRelease(tx, org, appt.id));
    const withdrawn = tx.$with('withdrawn', {}).as(appointmentEmailsWithdrawal(appt));
    const [row] = await selectSummaries(tx.with(cancelled, released, withdrawn), cancelled);
    if (!row) throw new Error('cancelled appointment vanished');
    await enqueueWaitlistMatch(ctx, tx, appt);
    await emitAudit(tx, ctx.viewer, {
      action: 'appointment.cancel',
      entityType: 'appointment',
      entityId: appt.id,
      patientId: appt.patientId,
      locationId: appt.locationId,
      detail: { reason: input.reason ?? null },
    });
    return toSummary(row);
  });
}
