import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { JobEnvironment } from '../jobs/send-appointment-email';
import { writeOutbox } from '../jobs/write-outbox';
import { hashInvitationToken, invitationTokenSchema } from './invitation-token';
import { STAFF_ROLE_LABELS, staffRoleSchema } from './staff-schemas';

const { organizations, staffInvitations, users } = schema;

/** The link travels in the job because only its hash is stored; the email is its one copy. */
export const staffInvitationJob = z.object({
  organizationId: z.uuid(),
  invitationId: z.uuid(),
  token: invitationTokenSchema,
});
export type StaffInvitationJob = z.infer<typeof staffInvitationJob>;

/**
 * Emails the one-time link. Re-reads the invitation first: one revoked, accepted or replaced
 * before the job ran (the token no longer matches) sends nothing.
 */
export async function sendStaffInvitation(
  env: JobEnvironment,
  job: StaffInvitationJob,
): Promise<'sent' | 'skipped'> {
  const [invite] = await env.db
    .select({
      email: staffInvitations.email,
      name: staffInvitations.name,
      role: staffInvitations.role,
      tokenHash: staffInvitations.tokenHash,
      expiresAt: staffInvitations.expiresAt,
      acceptedAt: staffInvitations.acceptedAt,
      revokedAt: staffInvitations.revokedAt,
      organizationName: organizations.name,
      invitedBy: users.name,
    })
    .from(staffInvitations)
    .innerJoin(organizations, eq(organizations.id, staffInvitations.organizationId))
    .innerJoin(users, eq(users.id, staffInvitations.invitedBy))
    .where(
      and(
        eq(staffInvitations.organizationId, job.organizationId),
        eq(staffInvitations.id, job.invitationId),
      ),
    );
  if (!invite || invite.acceptedAt || invite.revokedAt) return 'skipped';
  if (invite.tokenHash !== hashInvitationToken(job.token)) return 'skipped';
  if (invite.expiresAt <= env.now()) return 'skipped';
  const role = STAFF_ROLE_LABELS[staffRoleSchema.parse(invite.role)].toLowerCase();
  await writeOutbox(env.db, {
    organizationId: job.organizationId,
    kind: 'staff.invitation',
    dedupeKey: `staff-invitation:${job.invitationId}`,
    toEmail: invite.email,
    subject: `You are invited to join ${invite.organizationName} on Stride`,
    body: [
      `Hello ${invite.name},`,
      '',
      `${invite.invitedBy} has invited you to join ${invite.organizationName} on Stride as ${role}.`,
      'Open this link to accept. It works once and expires on',
      `${invite.expiresAt.toISOString().slice(0, 10)}:`,
      '',
      `  ${env.appUrl}/invite/${job.token}`,
      '',
      'If you did not expect this, ignore this email; nothing happens until the link is opened.',
    ].join('\n'),
  });
  return 'sent';
}
