import type { CsvCell } from './csv';
import type { AttendanceOutput } from './get-attendance';
import type { DiagnosisMixOutput } from './get-diagnosis-mix';
import type { NewPatientsOutput } from './get-new-patients';
import type { OutcomesOutput } from './get-outcomes';
import type { UtilisationOutput } from './get-utilisation';

/** How a value is shown on the page; the CSV always carries the raw number. */
export type ColumnFormat = 'text' | 'int' | 'hours' | 'percent' | 'decimal' | 'days';

export interface ReportColumn<R> {
  header: string;
  format: ColumnFormat;
  value: (row: R) => CsvCell;
}

type Of<T extends { rows: unknown[] }> = T['rows'][number];

/** One column list per table, shared by the page's tables and the CSV downloads. */
export const utilisationColumns: ReportColumn<Of<UtilisationOutput>>[] = [
  { header: 'Location', format: 'text', value: (r) => r.locationName },
  {
    header: 'Type',
    format: 'text',
    value: (r) => (r.kind === 'gait_lab' ? 'Gait lab' : 'Clinician'),
  },
  { header: 'Name', format: 'text', value: (r) => r.resourceName },
  { header: 'Available hours', format: 'hours', value: (r) => r.availableHours },
  { header: 'Booked hours', format: 'hours', value: (r) => r.bookedHours },
  { header: 'Utilisation', format: 'percent', value: (r) => r.utilisation },
];

export const attendanceColumns: ReportColumn<Of<AttendanceOutput>>[] = [
  { header: 'Location', format: 'text', value: (r) => r.locationName ?? 'All locations' },
  { header: 'Clinician', format: 'text', value: (r) => r.clinicianName ?? 'All clinicians' },
  { header: 'Appointments', format: 'int', value: (r) => r.appointments },
  { header: 'Attended', format: 'int', value: (r) => r.attended },
  { header: 'No-shows', format: 'int', value: (r) => r.noShows },
  { header: 'Late cancellations', format: 'int', value: (r) => r.lateCancellations },
  { header: 'Early cancellations', format: 'int', value: (r) => r.earlyCancellations },
  { header: 'No-show rate', format: 'percent', value: (r) => r.noShowRate },
  { header: 'Late-cancellation rate', format: 'percent', value: (r) => r.lateCancellationRate },
];

export const newPatientsColumns: ReportColumn<Of<NewPatientsOutput>>[] = [
  { header: 'Referral source', format: 'text', value: (r) => r.label },
  { header: 'New patients', format: 'int', value: (r) => r.patients },
  { header: 'Share', format: 'percent', value: (r) => r.share },
];

export const diagnosisMixColumns: ReportColumn<Of<DiagnosisMixOutput>>[] = [
  { header: 'Diagnosis', format: 'text', value: (r) => r.label },
  { header: 'ICD-10-CM', format: 'text', value: (r) => r.icd10Codes },
  { header: 'Confirmed', format: 'int', value: (r) => r.diagnoses },
  { header: 'Share', format: 'percent', value: (r) => r.share },
  { header: 'Engine top confirmed', format: 'int', value: (r) => r.engineTopConfirmed },
  { header: 'Agreement', format: 'percent', value: (r) => r.engineTopRate },
];

export const engineAgreementColumns: ReportColumn<DiagnosisMixOutput['byClinician'][number]>[] = [
  { header: 'Clinician', format: 'text', value: (r) => r.clinicianName },
  { header: 'Confirmed', format: 'int', value: (r) => r.diagnoses },
  { header: 'Engine top confirmed', format: 'int', value: (r) => r.engineTopConfirmed },
  { header: 'Agreement', format: 'percent', value: (r) => r.engineTopRate },
];

export const outcomesColumns: ReportColumn<Of<OutcomesOutput>>[] = [
  { header: 'Diagnosis', format: 'text', value: (r) => r.label },
  { header: 'Location', format: 'text', value: (r) => r.locationName },
  { header: 'Instrument', format: 'text', value: (r) => r.instrumentName },
  { header: 'Episodes', format: 'int', value: (r) => r.episodes },
  { header: 'Median change at 6 weeks', format: 'decimal', value: (r) => r.medianChange },
  { header: 'MCID', format: 'decimal', value: (r) => r.mcid },
  { header: 'Reached MCID', format: 'percent', value: (r) => r.mcidShare },
];

export const dischargeColumns: ReportColumn<OutcomesOutput['discharge'][number]>[] = [
  { header: 'Diagnosis', format: 'text', value: (r) => r.label },
  { header: 'Location', format: 'text', value: (r) => r.locationName },
  { header: 'Episodes', format: 'int', value: (r) => r.episodes },
  { header: 'Discharged', format: 'int', value: (r) => r.discharged },
  { header: 'Median days to discharge', format: 'days', value: (r) => r.medianDaysToDischarge },
];
