import { z } from 'zod';

import type { Context } from '../context';
import { findInvitation, REFUSAL_MESSAGES } from './find-invitation';
import { invitationTokenSchema } from './invitation-token';
import { STAFF_ROLE_LABELS, staffRoleSchema } from './staff-schemas';

export const previewInvitationInput = z.object({ token: invitationTokenSchema }).strict();

/** Only what the invitee needs to decide; no ids, nothing about the clinic's other staff. */
export const invitationPreviewOutput = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    organizationName: z.string(),
    name: z.string(),
    email: z.string(),
    roleLabel: z.string(),
    expiresAt: z.date(),
    /** False when the email already has a Stride account: they join with their own password. */
    needsPassword: z.boolean(),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type InvitationPreview = z.infer<typeof invitationPreviewOutput>;

/** Public: anyone holding the link may read this, and only the link's holder can. */
export async function previewInvitation(
  ctx: Context,
  input: z.infer<typeof previewInvitationInput>,
): Promise<InvitationPreview> {
  const found = await ctx.db.transaction((tx) => findInvitation(tx, input.token, ctx.now()));
  if (!found.ok) return { ok: false, message: REFUSAL_MESSAGES[found.reason] };
  const { invitation, existingUser } = found;
  return {
    ok: true,
    organizationName: invitation.organizationName,
    name: invitation.name,
    email: invitation.email,
    roleLabel: STAFF_ROLE_LABELS[staffRoleSchema.parse(invitation.role)],
    expiresAt: invitation.expiresAt,
    needsPassword: existingUser === null,
  };
}
