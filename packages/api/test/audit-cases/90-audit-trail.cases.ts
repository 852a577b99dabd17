import type { AuditCase } from './case';
import { forPatient } from './case';

/** Reading the log is itself audited. */
export const cases: AuditCase[] = [
  { path: 'auditTrail.search', as: 'admin', run: (api) => api.auditTrail.search({}) },
  { path: 'auditTrail.mine', as: 'patient', run: (api) => api.auditTrail.mine({}) },
  {
    path: 'auditTrail.forPatient',
    as: 'clinician',
    run: (api, { w }) => api.auditTrail.forPatient(forPatient(w)),
  },
];
