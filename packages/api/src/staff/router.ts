import { z } from 'zod';

import { auditedWithoutPatient, NO_PATIENT_DATA, notAudited } from '../audit-trail/audit-rule';
import { adminProcedure, createTRPCRouter, publicProcedure } from '../trpc';
import { acceptedOutput, acceptInvitation, acceptInvitationInput } from './accept-invitation';
import { invitedOutput, inviteStaff, inviteStaffInput } from './invite-staff';
import { listStaff, staffListOutput } from './list-staff';
import {
  invitationPreviewOutput,
  previewInvitation,
  previewInvitationInput,
} from './preview-invitation';
import { revokeInvitation, revokeInvitationInput } from './revoke-invitation';
import { setStaffActive, setStaffActiveInput } from './set-staff-active';
import { updateStaffMember, updateStaffMemberInput } from './update-staff-member';

export const staffRouter = createTRPCRouter({
  list: adminProcedure
    .meta(notAudited(NO_PATIENT_DATA))
    .output(staffListOutput)
    .query(({ ctx }) => listStaff(ctx)),
  invite: adminProcedure
    .meta(auditedWithoutPatient('staff.invite'))
    .input(inviteStaffInput)
    .output(invitedOutput)
    .mutation(({ ctx, input }) => inviteStaff(ctx, input)),
  revokeInvitation: adminProcedure
    .meta(auditedWithoutPatient('staff.invitation.revoke'))
    .input(revokeInvitationInput)
    .output(z.void())
    .mutation(({ ctx, input }) => revokeInvitation(ctx, input)),
  update: adminProcedure
    .meta(auditedWithoutPatient('staff.update'))
    .input(updateStaffMemberInput)
    .output(z.void())
    .mutation(({ ctx, input }) => updateStaffMember(ctx, input)),
  setActive: adminProcedure
    .meta(auditedWithoutPatient('staff.deactivate', 'staff.reactivate'))
    .input(setStaffActiveInput)
    .output(z.void())
    .mutation(({ ctx, input }) => setStaffActive(ctx, input)),
  /** Public: the invitee has no account yet. The link's token is the only credential. */
  previewInvitation: publicProcedure
    .meta(notAudited('the link holder reads their own invitation; no patient data'))
    .input(previewInvitationInput)
    .output(invitationPreviewOutput)
    .query(({ ctx, input }) => previewInvitation(ctx, input)),
  acceptInvitation: publicProcedure
    // The row names the new member as actor: nobody is signed in when a link is accepted.
    .meta(auditedWithoutPatient('staff.invitation.accept'))
    .input(acceptInvitationInput)
    .output(acceptedOutput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
});
