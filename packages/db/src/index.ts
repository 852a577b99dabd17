export * from './client';
export * as schema from './schema';
export type { AppointmentStatus, Role, Sex, ResourceKind, WeeklyHours, Weekday } from './schema';
export { roles, sexes, weekdays } from './schema';
export { seedDemo, isDemoSeeded, DEMO_PATIENT_EMAIL } from './seed/seed-demo';
export {
  DEFAULT_APPOINTMENT_TYPES,
  DEMO_ORG,
  DEMO_PASSWORD,
  DEMO_ADMIN,
  DEMO_CLINICIANS,
  DEMO_FRONT_DESK,
  DEMO_LOCATIONS,
} from './seed/demo-data';
export { seedUuid } from './seed/deterministic';
export { rawRows } from './raw-rows';
export * from './tenancy';
