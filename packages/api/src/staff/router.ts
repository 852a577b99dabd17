import { z } from 'zod';

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
  list: adminProcedure.output(staffListOutput).query(({ ctx }) => listStaff(ctx)),
  invite: adminProcedure
    .input(inviteStaffInput)
    .output(invitedOutput)
    .mutation(({ ctx, input }) => inviteStaff(ctx, input)),
  revokeInvitation: adminProcedure
    .input(revokeInvitationInput)
    .output(z.void())
    .mutation(({ ctx, input }) => revokeInvitation(ctx, input)),
  update: adminProcedure
    .input(updateStaffMemberInput)
    .output(z.void())
    .mutation(({ ctx, input }) => updateStaffMember(ctx, input)),
  setActive: adminProcedure
    .input(setStaffActiveInput)
    .output(z.void())
    .mutation(({ ctx, input }) => setStaffActive(ctx, input)),
  /** Public: the invitee has no account yet. The link's token is the only credential. */
  previewInvitation: publicProcedure
    .input(previewInvitationInput)
    .output(invitationPreviewOutput)
    .query(({ ctx, input }) => previewInvitation(ctx, input)),
  acceptInvitation: publicProcedure
    .input(acceptInvitationInput)
    .output(acceptedOutput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
});
