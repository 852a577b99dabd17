import { notAudited } from '../audit-trail/audit-rule';
import { createTRPCRouter, staffProcedure } from '../trpc';
import { listCaseload, listCaseloadInput, listCaseloadOutput } from './list-caseload';

export const caseloadRouter = createTRPCRouter({
  list: staffProcedure
    .meta(notAudited('a list of patients in scope, not one record; opening a chart is audited'))
    .input(listCaseloadInput)
    .output(listCaseloadOutput)
    .query(({ ctx, input }) => listCaseload(ctx, input)),
});
