import { z } from 'zod';

import { assertNever } from './assert-never';

export const APPOINTMENT_STATUSES = [
  'held',
  'booked',
  'checked_in',
  'completed',
  'cancelled',
  'no_show',
] as const;
export const appointmentStatusSchema = z.enum(APPOINTMENT_STATUSES);
export type AppointmentStatus = z.output<typeof appointmentStatusSchema>;

export const cancellationPolicySchema = z.object({
  /** Patients may not cancel or reschedule online this close to the start. */
  patientCutoffMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 60),
});
export type CancellationPolicy = z.output<typeof cancellationPolicySchema>;

export const DEFAULT_CANCELLATION_POLICY: CancellationPolicy = { patientCutoffMinutes: 24 * 60 };

export interface CancellationRequest {
  readonly now: number;
  /** The appointment's start, epoch milliseconds. */
  readonly start: number;
  readonly status: AppointmentStatus;
  /** Staff act on the patient's behalf (usually on the phone), so the cutoff is theirs to waive. */
  readonly actor: 'patient' | 'staff';
  readonly action: 'cancel' | 'reschedule';
  readonly policy?: CancellationPolicy | undefined;
}

export type CancellationReason = 'not_active' | 'already_started' | 'inside_cutoff';

export type CancellationDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: CancellationReason; readonly message: string };

function isActive(status: AppointmentStatus): boolean {
  switch (status) {
    case 'held':
    case 'booked':
      return true;
    case 'checked_in':
    case 'completed':
    case 'cancelled':
    case 'no_show':
      return false;
    default:
      return assertNever(status);
  }
}

function describeCutoff(minutes: number): string {
  if (minutes % 60 !== 0) return `${minutes} minutes`;
  const hours = minutes / 60;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

/** May this appointment be cancelled or rescheduled now? The message is for the patient. */
export function checkCancellationPolicy(request: CancellationRequest): CancellationDecision {
  const verb = request.action === 'cancel' ? 'cancelled' : 'rescheduled';
  if (!isActive(request.status)) {
    return {
      allowed: false,
      reason: 'not_active',
      message: `This appointment can no longer be ${verb}.`,
    };
  }
  if (request.actor === 'staff') return { allowed: true };
  if (request.now >= request.start) {
    return {
      allowed: false,
      reason: 'already_started',
      message: `This appointment has already started, so it can't be ${verb} online. Please call the clinic.`,
    };
  }
  const cutoff = (request.policy ?? DEFAULT_CANCELLATION_POLICY).patientCutoffMinutes;
  if (request.start - request.now < cutoff * 60_000) {
    return {
      allowed: false,
      reason: 'inside_cutoff',
      message: `Appointments can't be ${verb} online within ${describeCutoff(cutoff)} of the start. Please call the clinic.`,
    };
  }
  return { allowed: true };
}
