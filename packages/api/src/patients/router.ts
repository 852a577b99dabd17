import { audited } from '../audit-trail/audit-rule';
import { createTRPCRouter, staffProcedure } from '../trpc';
import { getPatientChart, getPatientChartInput, patientDetails } from './get-patient-chart';

export const patientsRouter = createTRPCRouter({
  getChart: staffProcedure
    .meta(audited('patient.chart.read'))
    .input(getPatientChartInput)
    .output(patientDetails)
    .query(({ ctx, input }) => getPatientChart(ctx, input)),
});
