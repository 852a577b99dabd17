import { notAudited } from '../audit-trail/audit-rule';
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
  options: adminProcedure
    .meta(notAudited('counts and rates across patients; no one record is shown'))
    .output(reportOptionsOutput)
    .query(({ ctx }) => listReportOptions(ctx)),
  utilisation: adminProcedure
    .meta(notAudited('counts and rates across patients; no one record is shown'))
    .input(reportFiltersInput)
    .output(utilisationOutput)
    .query(({ ctx, input }) => getUtilisation(ctx, input)),
  attendance: adminProcedure
    .meta(notAudited('counts and rates across patients; no one record is shown'))
    .input(reportFiltersInput)
    .output(attendanceOutput)
    .query(({ ctx, input }) => getAttendance(ctx, input)),
  newPatients: adminProcedure
    .meta(notAudited('counts and rates across patients; no one record is shown'))
    .input(reportFiltersInput)
    .output(newPatientsOutput)
    .query(({ ctx, input }) => getNewPatients(ctx, input)),
  diagnosisMix: adminProcedure
    .meta(notAudited('counts and rates across patients; no one record is shown'))
    .input(reportFiltersInput)
    .output(diagnosisMixOutput)
    .query(({ ctx, input }) => getDiagnosisMix(ctx, input)),
  outcomes: adminProcedure
    .meta(notAudited('counts and rates across patients; no one record is shown'))
    .input(reportFiltersInput)
    .output(outcomesOutput)
    .query(({ ctx, input }) => getOutcomes(ctx, input)),
  csv: adminProcedure
    .meta(notAudited('counts and rates across patients; no one record is shown'))
    .input(exportReportCsvInput)
    .output(csvFileOutput)
    .query(({ ctx, input }) => exportReportCsv(ctx, input)),
});
