import { patientDetails } from '../patients/get-patient-chart';
import { createTRPCRouter, patientProcedure } from '../trpc';
import { getMyRecord } from './get-my-record';

export const portalRouter = createTRPCRouter({
  me: patientProcedure.output(patientDetails).query(({ ctx }) => getMyRecord(ctx)),
});
