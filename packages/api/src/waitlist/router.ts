import { z } from 'zod';

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
    .input(joinWaitlistInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => joinWaitlist(ctx, input)),
  mine: patientProcedure.output(myWaitlistOutput).query(({ ctx }) => listMyWaitlist(ctx)),
  leave: patientProcedure
    .input(leaveWaitlistInput)
    .output(z.void())
    .mutation(({ ctx, input }) => leaveWaitlist(ctx, input)),
  offer: patientProcedure
    .input(waitlistOfferInput)
    .output(waitlistOfferOutput)
    .query(({ ctx, input }) => getWaitlistOffer(ctx, input)),
  accept: patientProcedure
    .input(waitlistOfferInput)
    .output(appointmentSummary)
    .mutation(({ ctx, input }) => acceptWaitlistOffer(ctx, input)),
});
