import { notAudited, OWN_RECORD } from '../audit-trail/audit-rule';
import { patientDetails } from '../patients/get-patient-chart';
import { createTRPCRouter, patientProcedure } from '../trpc';
import { getMyRecord } from './get-my-record';

export const portalRouter = createTRPCRouter({
  me: patientProcedure
    .meta(notAudited(OWN_RECORD))
    .output(patientDetails)
    .query(({ ctx }) => getMyRecord(ctx)),
});
