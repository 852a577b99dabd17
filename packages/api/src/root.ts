import { adminRouter } from './admin/router';
import { caseloadRouter } from './caseload/router';
import { patientsRouter } from './patients/router';
import { portalRouter } from './portal/router';
import { schedulingRouter } from './scheduling/router';
import { createCallerFactory, createTRPCRouter } from './trpc';
import { viewerRouter } from './viewer/router';

export const appRouter = createTRPCRouter({
  admin: adminRouter,
  caseload: caseloadRouter,
  patients: patientsRouter,
  portal: portalRouter,
  scheduling: schedulingRouter,
  viewer: viewerRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
