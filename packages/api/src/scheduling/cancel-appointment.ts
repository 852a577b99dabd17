import { sql } from 'drizzle-orm';
import { z } from 'zod';

import { rawRows, schema } from '@stride/db';
import { checkCancellationPolicy } from '@stride/scheduling';

import type { AuthedContext } from '../context';
import type { AppointmentSummary, SummaryText } from './appointment-summary';
import type { AppointmentRow, PolicyLocation } from './find-appointment';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import {
  APPOINTMENT_EMAILS_WITHDRAWAL,
  enqueueWaitlistMatch,
  withdrawalValues,
} from '../jobs/enqueue-appointment-emails';
import { renderedWithPlaceholders } from '../rendered-once';
import { SUMMARY_RETURNING, summaryFrom, summaryRowOf, toSummary } from './appointment-summary';
import { findAppointmentWithPolicy } from './find-appointment';

const { appointmentAllocations, appointments } = schema;

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
 * The cancellation, its allocations' release, its queued emails' withdrawal and the summary it
 * answers with, as one statement rendered to text once (`renderedWithPlaceholders`): built by
 * drizzle on every call, it walked every column of the summary's four tables.
 */
const cancelStatement = renderedWithPlaceholders(sql`
  with cancelled as (
    update ${appointments}
    set status = 'cancelled', cancelled_at = ${sql.placeholder('now')}::timestamptz,
      cancel_reason = ${sql.placeholder('reason')}
    where organization_id = ${sql.placeholder('org')} and id = ${sql.placeholder('appointmentId')}
    ${SUMMARY_RETURNING}
  ), released as (
    update ${appointmentAllocations} set active = false
    where organization_id = ${sql.placeholder('org')}
      and appointment_id = ${sql.placeholder('appointmentId')}
  ), withdrawn as (${APPOINTMENT_EMAILS_WITHDRAWAL})
  ${summaryFrom('cancelled')}`);

/**
 * Cancels an appointment. Its status, its allocations, its queued emails and the summary it
 * answers with are one statement; the waitlist job and the audit row follow in the same savepoint.
 */
export async function cancelAppointment(
  ctx: AuthedContext,
  input: CancelAppointmentInput,
): Promise<AppointmentSummary> {
  return ctx.db.transaction(async (tx) => {
    const { appt, location } = await findAppointmentWithPolicy(ctx, tx, input.appointmentId, true);
    assertPolicyAllows(ctx, appt, 'cancel', location);
    const [text] = await rawRows<SummaryText>(
      tx,
      cancelStatement({
        ...withdrawalValues(appt),
        now: ctx.now().toISOString(),
        reason:
          input.reason ??
          (ctx.viewer.role === 'patient' ? 'Cancelled by the patient' : 'Cancelled by the clinic'),
      }),
    );
    const row = text && summaryRowOf(text);
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
