import { adminProcedure, createTRPCRouter } from '../trpc';
import { csvFileOutput, exportReportCsv, exportReportCsvInput } from './export-report-csv';
import { attendanceOutput, getAttendance } from './get-attendance';
import { diagnosisMixOutput, getDiagnosisMix } from './get-diagnosis-mix';
import { getNewPatients, newPatientsOutput } from './get-new-patients';
import { getOutcomes, outcomesOutput } from './get-outcomes';
import { getUtilisation, utilisationOutput } from './get-utilisation';
import { listReportOptions, reportOptionsOutput } from './list-report-options';
import { reportFiltersInput } from './report-filters';

/** Group reports: admins only, organisation and location scope from the session. */
export const reportsRouter = createTRPCRouter({
  options: adminProcedure.output(reportOptionsOutput).query(({ ctx }) => listReportOptions(ctx)),
  utilisation: adminProcedure
    .input(reportFiltersInput)
    .output(utilisationOutput)
    .query(({ ctx, input }) => getUtilisation(ctx, input)),
  attendance: adminProcedure
    .input(reportFiltersInput)
    .output(attendanceOutput)
    .query(({ ctx, input }) => getAttendance(ctx, input)),
  newPatients: adminProcedure
    .input(reportFiltersInput)
    .output(newPatientsOutput)
    .query(({ ctx, input }) => getNewPatients(ctx, input)),
  diagnosisMix: adminProcedure
    .input(reportFiltersInput)
    .output(diagnosisMixOutput)
    .query(({ ctx, input }) => getDiagnosisMix(ctx, input)),
  outcomes: adminProcedure
    .input(reportFiltersInput)
    .output(outcomesOutput)
    .query(({ ctx, input }) => getOutcomes(ctx, input)),
  csv: adminProcedure
    .input(exportReportCsvInput)
    .output(csvFileOutput)
    .query(({ ctx, input }) => exportReportCsv(ctx, input)),
});
