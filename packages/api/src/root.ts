import { accountRouter } from './account/router';
import { adminAppointmentTypesRouter } from './admin-appointment-types/router';
import { adminLocationsRouter } from './admin-locations/router';
import { adminRouter } from './admin/router';
import { auditTrailRouter } from './audit-trail/router';
import { availabilityRouter } from './availability/router';
import { caseloadRouter } from './caseload/router';
import { encountersRouter } from './encounters/router';
import { exportsRouter } from './exports/router';
import { followUpsRouter } from './follow-ups/router';
import { healthRouter } from './health/router';
import { instrumentTextsRouter } from './instrument-texts/router';
import { intakeRouter } from './intake/router';
import { outboxRouter } from './outbox/router';
import { patientsRouter } from './patients/router';
import { plansRouter } from './plans/router';
import { portalRouter } from './portal/router';
import { priorsRouter } from './priors/router';
import { progressRouter } from './progress/router';
import { questionnairesRouter } from './questionnaires/router';
import { reportsRouter } from './reports/router';
import { schedulingRouter } from './scheduling/router';
import { staffRouter } from './staff/router';
import { createCallerFactory, createTRPCRouter } from './trpc';
import { viewerRouter } from './viewer/router';
import { waitlistRouter } from './waitlist/router';

export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  adminAppointmentTypes: adminAppointmentTypesRouter,
  adminLocations: adminLocationsRouter,
  auditTrail: auditTrailRouter,
  availability: availabilityRouter,
  caseload: caseloadRouter,
  exports: exportsRouter,
  instrumentTexts: instrumentTextsRouter,
  intake: intakeRouter,
  encounters: encountersRouter,
  followUps: followUpsRouter,
  health: healthRouter,
  patients: patientsRouter,
  plans: plansRouter,
  outbox: outboxRouter,
  portal: portalRouter,
  priors: priorsRouter,
  progress: progressRouter,
  questionnaires: questionnairesRouter,
  reports: reportsRouter,
  scheduling: schedulingRouter,
  staff: staffRouter,
  viewer: viewerRouter,
  waitlist: waitlistRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
