import { createTRPCRouter, staffProcedure } from '../trpc';
import { getPatientChart, getPatientChartInput, patientDetails } from './get-patient-chart';

export const patientsRouter = createTRPCRouter({
  getChart: staffProcedure
    .input(getPatientChartInput)
    .output(patientDetails)
    .query(({ ctx, input }) => getPatientChart(ctx, input)),
});
