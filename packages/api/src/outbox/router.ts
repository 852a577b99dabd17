import { notAudited } from '../audit-trail/audit-rule';
import { adminProcedure, createTRPCRouter } from '../trpc';
import { listOutbox, listOutboxInput, outboxOutput } from './list-outbox';

/** Emails contain patient details, so reading the outbox is an admin's job. */
export const outboxRouter = createTRPCRouter({
  list: adminProcedure
    .meta(notAudited('copies of messages already sent to patients; no clinical content'))
    .input(listOutboxInput)
    .output(outboxOutput)
    .query(({ ctx, input }) => listOutbox(ctx, input)),
});
