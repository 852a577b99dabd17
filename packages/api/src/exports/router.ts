import { z } from 'zod';

import {
  audited,
  auditedPerPatient,
  auditedWithoutPatient,
  notAudited,
} from '../audit-trail/audit-rule';
import { adminProcedure, createTRPCRouter, patientProcedure, recordKeeperProcedure } from '../trpc';
import { exportPatientBundle, patientBundleInput, recordFileOutput } from './export-patient-bundle';
import { getOrgExportFile, orgExportFileInput, orgExportFileOutput } from './get-org-export-file';
import { listOrgExports, listOrgExportsOutput } from './list-org-exports';
import { startOrgExport, startOrgExportOutput } from './start-org-export';

export const exportsRouter = createTRPCRouter({
  patientBundle: recordKeeperProcedure
    .meta(audited('patient.record.export'))
    .input(patientBundleInput)
    .output(recordFileOutput)
    .query(({ ctx, input }) => exportPatientBundle(ctx, input.patientId)),
  myBundle: patientProcedure
    .meta(audited('patient.record.export'))
    .input(z.void())
    .output(recordFileOutput)
    .query(({ ctx }) => exportPatientBundle(ctx)),
  startOrgExport: adminProcedure
    .meta(auditedWithoutPatient('data_export.start'))
    .input(z.void())
    .output(startOrgExportOutput)
    .mutation(({ ctx }) => startOrgExport(ctx)),
  listOrgExports: adminProcedure
    .meta(notAudited('the list of export jobs: dates and sizes, no patient data'))
    .input(z.void())
    .output(listOrgExportsOutput)
    .query(({ ctx }) => listOrgExports(ctx)),
  orgExportFile: adminProcedure
    .meta(auditedPerPatient('data_export.download', 'patient.record.export'))
    .input(orgExportFileInput)
    .output(orgExportFileOutput)
    .query(({ ctx, input }) => getOrgExportFile(ctx, input)),
});
