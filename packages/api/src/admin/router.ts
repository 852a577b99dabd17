import { NO_PATIENT_DATA, notAudited } from '../audit-trail/audit-rule';
import { adminProcedure, createTRPCRouter } from '../trpc';
import { listLocations, listLocationsOutput } from './list-locations';

export const adminRouter = createTRPCRouter({
  listLocations: adminProcedure
    .meta(notAudited(NO_PATIENT_DATA))
    .output(listLocationsOutput)
    .query(({ ctx }) => listLocations(ctx)),
});
