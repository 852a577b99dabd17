import { adminProcedure, createTRPCRouter } from '../trpc';
import { listLocations, listLocationsOutput } from './list-locations';

export const adminRouter = createTRPCRouter({
  listLocations: adminProcedure.output(listLocationsOutput).query(({ ctx }) => listLocations(ctx)),
});
