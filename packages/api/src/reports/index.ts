// What the web app needs from reports: the tables' columns, their ids and the output types.
export type { ColumnFormat, ReportColumn } from './report-tables';
export {
  attendanceColumns,
  diagnosisMixColumns,
  dischargeColumns,
  engineAgreementColumns,
  newPatientsColumns,
  outcomesColumns,
  utilisationColumns,
} from './report-tables';
export { REPORT_TABLES } from './export-report-csv';
export type { ReportTable } from './export-report-csv';
export type { ReportFiltersInput } from './report-filters';
export type { ReportOptions } from './list-report-options';
export type { UtilisationOutput } from './get-utilisation';
export type { AttendanceOutput } from './get-attendance';
export type { NewPatientsOutput } from './get-new-patients';
export type { DiagnosisMixOutput } from './get-diagnosis-mix';
export type { OutcomesOutput } from './get-outcomes';
