import { z } from 'zod';

import { audited, notAudited, OWN_RECORD } from '../audit-trail/audit-rule';
import { appointmentSummary } from '../scheduling/appointment-summary';
import { createTRPCRouter, patientProcedure } from '../trpc';
import {
  acceptWaitlistOffer,
  getWaitlistOffer,
  waitlistOfferInput,
  waitlistOfferOutput,
} from './accept-waitlist-offer';
import { joinWaitlist, joinWaitlistInput } from './join-waitlist';
import {
  leaveWaitlist,
  leaveWaitlistInput,
  listMyWaitlist,
  myWaitlistOutput,
} from './list-my-waitlist';

export const waitlistRouter = createTRPCRouter({
  join: patientProcedure
    .meta(audited('waitlist.join'))
    .input(joinWaitlistInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => joinWaitlist(ctx, input)),
  mine: patientProcedure
    .meta(notAudited(OWN_RECORD))
    .output(myWaitlistOutput)
    .query(({ ctx }) => listMyWaitlist(ctx)),
  leave: patientProcedure
    .meta(audited('waitlist.leave'))
    .input(leaveWaitlistInput)
    .output(z.void())
    .mutation(({ ctx, input }) => leaveWaitlist(ctx, input)),
  offer: patientProcedure
    .meta(notAudited(OWN_RECORD))
    .input(waitlistOfferInput)
    .output(waitlistOfferOutput)
    .query(({ ctx, input }) => getWaitlistOffer(ctx, input)),
  accept: patientProcedure
    .meta(audited('appointment.book'))
    .input(waitlistOfferInput)
    .output(appointmentSummary)
    .mutation(({ ctx, input }) => acceptWaitlistOffer(ctx, input)),
});
