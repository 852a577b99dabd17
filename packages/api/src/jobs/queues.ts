import { z } from 'zod';

/** Every background job Stride runs, with the payload its handler parses. */
export const QUEUES = {
  appointmentConfirmation: 'appointment-confirmation',
  appointmentReminder: 'appointment-reminder',
  waitlistMatch: 'waitlist-match',
  staffInvitation: 'staff-invitation',
  followUpSend: 'follow-up-send',
  followUpCheck: 'follow-up-check',
  orgExport: 'org-export',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const appointmentJob = z.object({ organizationId: z.uuid(), appointmentId: z.uuid() });
export type AppointmentJob = z.infer<typeof appointmentJob>;

export const waitlistMatchJob = z.object({
  organizationId: z.uuid(),
  locationId: z.uuid(),
  appointmentTypeId: z.uuid(),
  /** The freed start, ISO. */
  start: z.iso.datetime({ offset: true }),
});
export type WaitlistMatchJob = z.infer<typeof waitlistMatchJob>;

/** A follow-up questionnaire request: sent on its due date, checked for missed after the grace days. */
export const followUpJob = z.object({ organizationId: z.uuid(), requestId: z.uuid() });
export type FollowUpJob = z.infer<typeof followUpJob>;

/** Reminders go out this long before the start. */
export const REMINDER_LEAD_MS = 24 * 3_600_000;
