import { z } from 'zod';

import { adminProcedure, createTRPCRouter, patientProcedure, recordKeeperProcedure } from '../trpc';
import { exportPatientBundle, patientBundleInput, recordFileOutput } from './export-patient-bundle';
import { getOrgExportFile, orgExportFileInput, orgExportFileOutput } from './get-org-export-file';
import { listOrgExports, listOrgExportsOutput } from './list-org-exports';
import { startOrgExport, startOrgExportOutput } from './start-org-export';

export const exportsRouter = createTRPCRouter({
  patientBundle: recordKeeperProcedure
    .input(patientBundleInput)
    .output(recordFileOutput)
    .query(({ ctx, input }) => exportPatientBundle(ctx, input.patientId)),
  myBundle: patientProcedure
    .input(z.void())
    .output(recordFileOutput)
    .query(({ ctx }) => exportPatientBundle(ctx)),
  startOrgExport: adminProcedure
    .input(z.void())
    .output(startOrgExportOutput)
    .mutation(({ ctx }) => startOrgExport(ctx)),
  listOrgExports: adminProcedure
    .input(z.void())
    .output(listOrgExportsOutput)
    .query(({ ctx }) => listOrgExports(ctx)),
  orgExportFile: adminProcedure
    .input(orgExportFileInput)
    .output(orgExportFileOutput)
    .query(({ ctx, input }) => getOrgExportFile(ctx, input)),
});
