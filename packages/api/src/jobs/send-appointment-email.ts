import { and, eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import type { AppointmentJob } from './queues';
import { loadAppointmentSummary } from '../scheduling/appointment-summary';
import { formatForEmail, writeOutbox } from './write-outbox';

export interface JobEnvironment {
  db: Database;
  now: () => Date;
  /** Absolute base URL for links in emails, e.g. https://clinic.example. */
  appUrl: string;
}

/**
 * The confirmation (at booking) and the reminder (a day before). Both re-read the appointment
 * when they run: a cancelled or moved appointment sends nothing, so no reminder is ever stale.
 */
export async function sendAppointmentEmail(
  env: JobEnvironment,
  job: AppointmentJob,
  kind: 'confirmation' | 'reminder',
): Promise<'sent' | 'skipped'> {
  const appt = await loadAppointmentSummary(env.db, job.organizationId, job.appointmentId);
  if (!appt || appt.status !== 'booked') return 'skipped';
  if (kind === 'reminder' && appt.startsAt.getTime() <= env.now().getTime()) return 'skipped';
  const [patient] = await env.db
    .select({ email: schema.patients.email, given: schema.patients.givenName })
    .from(schema.patients)
    .where(
      and(
        eq(schema.patients.organizationId, job.organizationId),
        eq(schema.patients.id, appt.patient.id),
      ),
    );
  if (!patient?.email) return 'skipped';
  const when = formatForEmail(appt.startsAt, appt.location.timeZone);
  const subject =
    kind === 'confirmation'
      ? `Booked: ${appt.type.name} on ${when}`
      : `Reminder: ${appt.type.name} tomorrow, ${when}`;
  const body = [
    `Hello ${patient.given},`,
    '',
    kind === 'confirmation' ? 'Your appointment is booked:' : 'A reminder of your appointment:',
    `  ${appt.type.name} with ${appt.clinician.name}`,
    `  ${when}`,
    `  ${appt.location.name}, ${appt.location.address}`,
    '',
    `To move or cancel it, sign in at ${env.appUrl}/portal (online changes close ${appt.location.cancellationWindowHours} hours before the start; after that, please call the clinic).`,
  ].join('\n');
  await writeOutbox(env.db, {
    organizationId: job.organizationId,
    kind: `appointment.${kind}`,
    dedupeKey: `${kind}:${appt.id}`,
    toEmail: patient.email,
    patientId: appt.patient.id,
    subject,
    body,
  });
  return 'sent';
}
