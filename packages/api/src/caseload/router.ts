import { notAudited } from '../audit-trail/audit-rule';
import { createTRPCRouter, staffProcedure } from '../trpc';
import { listCaseload, listCaseloadInput, listCaseloadOutput } from './list-caseload';

export const caseloadRouter = createTRPCRouter({
  // Listing may write caseload_flags, but that row is derived from data already stored (a cache
  // any later read can rebuild), not a clinical write, so the list stays unaudited like any read.
  list: staffProcedure
    .meta(notAudited('a list of patients in scope, not one record; opening a chart is audited'))
    .input(listCaseloadInput)
    .output(listCaseloadOutput)
    .query(({ ctx, input }) => listCaseload(ctx, input)),
});
