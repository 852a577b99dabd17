export { appRouter, createCaller } from './root';
export type { AppRouter } from './root';
export { createContext } from './context';
export type { Context } from './context';
export type { Access, Meta } from './trpc';
export type { ListCaseloadInput, ListCaseloadOutput } from './caseload/list-caseload';
export { listCaseloadInput } from './caseload/list-caseload';
export type { ListLocationsOutput } from './admin/list-locations';
export type { PatientDetails } from './patients/get-patient-chart';
