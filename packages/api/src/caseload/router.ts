import { createTRPCRouter, staffProcedure } from '../trpc';
import { listCaseload, listCaseloadInput, listCaseloadOutput } from './list-caseload';

export const caseloadRouter = createTRPCRouter({
  list: staffProcedure
    .input(listCaseloadInput)
    .output(listCaseloadOutput)
    .query(({ ctx, input }) => listCaseload(ctx, input)),
});
