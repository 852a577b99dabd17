import { and, eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import type { JobEnvironment } from '../jobs/send-appointment-email';
import { writeOutbox } from '../jobs/write-outbox';
import { followUpTitle } from './reason-targets';

const { followUpRequests, locations, patients, plans } = schema;

/** What a follow-up job needs to decide and to write: the request, its plan, the patient. */
export async function loadFollowUpForJob(db: Database, organizationId: string, requestId: string) {
  const [row] = await db
    .select({
      id: followUpRequests.id,
      patientId: followUpRequests.patientId,
      key: followUpRequests.key,
      reasons: followUpRequests.reasons,
      dueDate: followUpRequests.dueDate,
      status: followUpRequests.status,
      planStatus: plans.status,
      email: patients.email,
      givenName: patients.givenName,
      zone: locations.timeZone,
    })
    .from(followUpRequests)
    .innerJoin(
      plans,
      and(
        eq(plans.organizationId, followUpRequests.organizationId),
        eq(plans.id, followUpRequests.planId),
      ),
    )
    .innerJoin(
      patients,
      and(
        eq(patients.organizationId, followUpRequests.organizationId),
        eq(patients.id, followUpRequests.patientId),
      ),
    )
    .innerJoin(
      locations,
      and(
        eq(locations.organizationId, patients.organizationId),
        eq(locations.id, patients.homeLocationId),
      ),
    )
    .where(
      and(eq(followUpRequests.organizationId, organizationId), eq(followUpRequests.id, requestId)),
    );
  return row;
}
export type FollowUpForJob = NonNullable<Awaited<ReturnType<typeof loadFollowUpForJob>>>;

/** The email with the link to the portal task; the dedupe key makes a retried job send once. */
export async function writeFollowUpEmail(
  tx: Database,
  env: JobEnvironment,
  organizationId: string,
  request: FollowUpForJob,
  kind: 'first' | 'resend',
): Promise<boolean> {
  if (!request.email) return false;
  const title = followUpTitle(request.reasons);
  const link = `${env.appUrl}/portal/follow-ups/${request.id}`;
  await writeOutbox(tx, {
    organizationId,
    kind: kind === 'first' ? 'follow_up.request' : 'follow_up.resend',
    dedupeKey: `follow-up-${kind}:${request.id}`,
    toEmail: request.email,
    patientId: request.patientId,
    subject:
      kind === 'first'
        ? `${title}: two short questionnaires`
        : `Reminder: your ${title.toLowerCase()} is still open`,
    body: [
      `Hello ${request.givenName},`,
      '',
      kind === 'first'
        ? 'It is time for a short check-in on your knee and your running: a pain rating and four questions about your runs. It takes about two minutes.'
        : 'We have not had your answers to this check-in yet. Your clinician uses them to judge whether your plan is working, so they still help.',
      '',
      `Answer here: ${link}`,
      'Your answers save as you go, so you can stop and come back.',
    ].join('\n'),
  });
  return true;
}
