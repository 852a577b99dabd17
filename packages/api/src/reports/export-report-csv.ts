import { z } from 'zod';

import type { AuthedContext } from '../context';
import type { CsvCell } from './csv';
import type { ReportColumn } from './report-tables';
import { toCsv } from './csv';
import { getAttendance } from './get-attendance';
import { getDiagnosisMix } from './get-diagnosis-mix';
import { getNewPatients } from './get-new-patients';
import { getOutcomes } from './get-outcomes';
import { getUtilisation } from './get-utilisation';
import { reportFiltersInput } from './report-filters';
import {
  attendanceColumns,
  diagnosisMixColumns,
  dischargeColumns,
  engineAgreementColumns,
  newPatientsColumns,
  outcomesColumns,
  utilisationColumns,
} from './report-tables';

export const REPORT_TABLES = [
  'utilisation',
  'attendance',
  'new-patients',
  'diagnosis-mix',
  'engine-agreement',
  'outcomes',
  'discharge',
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export const exportReportCsvInput = reportFiltersInput.extend({
  table: z.enum(REPORT_TABLES, 'Choose a report table to download.'),
});
export type ExportReportCsvInput = z.input<typeof exportReportCsvInput>;

export const csvFileOutput = z.object({ filename: z.string(), body: z.string() });
export type CsvFile = z.infer<typeof csvFileOutput>;

function table<R>(columns: ReportColumn<R>[], rows: R[]): { headers: string[]; rows: CsvCell[][] } {
  return {
    headers: columns.map((c) => c.header),
    rows: rows.map((r) => columns.map((c) => c.value(r))),
  };
}

/** One report table as a CSV file, computed by the same service the page uses. */
export async function exportReportCsv(
  ctx: AuthedContext,
  { table: which, ...filters }: z.infer<typeof exportReportCsvInput>,
): Promise<CsvFile> {
  const loaded = await (async () => {
    switch (which) {
      case 'utilisation': {
        const r = await getUtilisation(ctx, filters);
        return { r, t: table(utilisationColumns, r.rows) };
      }
      case 'attendance': {
        const r = await getAttendance(ctx, filters);
        return { r, t: table(attendanceColumns, [...r.rows, r.total]) };
      }
      case 'new-patients': {
        const r = await getNewPatients(ctx, filters);
        return { r, t: table(newPatientsColumns, r.rows) };
      }
      case 'diagnosis-mix': {
        const r = await getDiagnosisMix(ctx, filters);
        return { r, t: table(diagnosisMixColumns, r.rows) };
      }
      case 'engine-agreement': {
        const r = await getDiagnosisMix(ctx, filters);
        return { r, t: table(engineAgreementColumns, r.byClinician) };
      }
      case 'outcomes': {
        const r = await getOutcomes(ctx, filters);
        return { r, t: table(outcomesColumns, r.rows) };
      }
      case 'discharge': {
        const r = await getOutcomes(ctx, filters);
        return { r, t: table(dischargeColumns, r.discharge) };
      }
    }
  })();
  return {
    filename: `stride-${which}-${loaded.r.from}-to-${loaded.r.to}.csv`,
    body: toCsv(loaded.t.headers, loaded.t.rows),
  };
}
