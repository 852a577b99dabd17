export { appRouter, createCaller } from './root';
export type { AppRouter } from './root';
export { createContext } from './context';
export { OrgCache } from './org-cache';
export { cachedViewer, VIEWER_CACHE, ViewerCache } from './viewer-cache';
export { SLOT_CACHE } from './scheduling/slot-cache';
export { PRIORS_CACHE } from './priors/priors-cache';
export type { PriorsCache } from './priors/priors-cache';
export type { CachedWeek, WeekSlotsCache } from './scheduling/list-week-slots';
export type { Context } from './context';
export type { Access, Meta } from './trpc';
export type { AuditPage, AuditRow } from './audit-trail/audit-rows';
export type { RecordAccess } from './audit-trail/list-record-access';
export type { SearchAuditLogInput } from './audit-trail/search-audit-log';
export { searchAuditLogInput } from './audit-trail/search-audit-log';
export { knownActions } from './audit-trail/action-labels';
export type { ListCaseloadInput, ListCaseloadOutput } from './caseload/list-caseload';
export { listCaseloadInput } from './caseload/list-caseload';
export type { ListLocationsOutput } from './admin/list-locations';
export type { PatientDetails } from './patients/get-patient-chart';
export type { AppointmentSummary } from './scheduling/appointment-summary';
export { startJobRunner } from './jobs/start-job-runner';
export type { JobRunner } from './jobs/start-job-runner';
export type { JobQueue } from './jobs/job-queue';
export type { PlanView, PlanItemView } from './plans/plan-view';
export type { Adherence } from './plans/get-adherence';
export type { EditPlanInput } from './plans/edit-plan';
export { seedExerciseLibrary } from './plans/seed-exercises';
export type { PlanDiagnoses } from './plans/list-plan-diagnoses';
export {
  BOOKING_POLICY,
  DEFAULT_OPENING_HOURS,
  WEEKDAY_NAMES,
} from './admin-locations/location-input';
export type { LocationFields, OpeningWindow } from './admin-locations/location-input';
export type { CreateLocationInput } from './admin-locations/create-location';
export type { LocationDetail } from './admin-locations/get-location';
export { DEFAULT_ROOMS } from './admin-locations/default-rooms';
export { APPOINTMENT_TYPE_BOUNDS } from './admin-appointment-types/appointment-type-input';
export type {
  AppointmentTypeFields,
  AppointmentTypeView,
} from './admin-appointment-types/appointment-type-input';
export { STAFF_ROLES, staffRoleSchema } from './staff/staff-schemas';
export type { StaffRole } from './staff/staff-schemas';
export type { StaffList } from './staff/list-staff';
export {
  LICENSED_INSTRUMENT_IDS,
  licensedInstrumentIdSchema,
} from './instrument-texts/licensed-instruments';
export type { LicensedInstrumentId } from './instrument-texts/licensed-instruments';
export * from './reports';
export type { PriorProfilesView } from './priors/list-prior-profiles';
export type { PriorProfileView } from './priors/get-prior-profile';
export {
  CASE_MAX_BYTES,
  fileTooLargeMessage,
  GAIT_CSV_MAX_BYTES,
} from './encounters/upload-limits';
