import type { AuditCase } from './case';
import { runOrgExport } from '../../src/exports/run-org-export';
import { TEST_NOW } from '../helpers';
import { forPatient, stored } from './case';

/** A record leaving the system is a read of it: one row per export, and one per patient in bulk. */
export const cases: AuditCase[] = [
  {
    path: 'exports.patientBundle',
    as: 'clinician',
    run: (api, { w }) => api.exports.patientBundle(forPatient(w)),
  },
  { path: 'exports.myBundle', as: 'patient', run: (api) => api.exports.myBundle() },
  {
    path: 'exports.startOrgExport',
    as: 'admin',
    run: async (api, { state }) => state.set('exportId', (await api.exports.startOrgExport()).id),
  },
  {
    path: 'exports.orgExportFile',
    as: 'admin',
    run: async (api, { w, db, state }) => {
      const exportId = stored(state, 'exportId');
      // The worker's part, run inline; it writes no audit rows of its own.
      await runOrgExport(
        { db, appUrl: 'http://stride.test', now: () => TEST_NOW },
        { organizationId: w.org.id, exportId },
      );
      return api.exports.orgExportFile({ exportId });
    },
  },
];
