export type { Allocation, PickOptions, PickResult, ResourcePick } from './pick-resources';
export type { DaySlots, WeekSlots } from './compute-week-slots';
export type { Interval } from './interval-set';
export type {
  BusyInterval,
  SlotBaseQuery,
  SlotBaseQueryInput,
  SlotCheckQuery,
  SlotCheckQueryInput,
  SlotQuery,
  SlotQueryInput,
  WeekQuery,
  WeekQueryInput,
} from './query-schemas';
export type {
  AppointmentType,
  Clinician,
  DateException,
  Location,
  Resource,
  ResourceKind,
  WeeklyWindow,
  WorkingWindow,
} from './rule-schemas';
export type { Slot, SlotCheck, SlotResources, UnavailableReason } from './slot-types';
export type { Instant, InstantInput, LocalDate, TimeZone, WallTime, Weekday } from './time-schemas';
export type { WallClockResolution } from './resolve-wall-clock';
export type {
  AppointmentStatus,
  CancellationDecision,
  CancellationPolicy,
  CancellationReason,
  CancellationRequest,
} from './check-cancellation-policy';
export type { IcsEvent, IcsEventInput } from './build-ics';
export type { DefaultAppointmentTypeId } from './default-appointment-types';

export { buildIcs, icsEventSchema } from './build-ics';
export {
  APPOINTMENT_STATUSES,
  appointmentStatusSchema,
  cancellationPolicySchema,
  checkCancellationPolicy,
  DEFAULT_CANCELLATION_POLICY,
} from './check-cancellation-policy';
export { checkSlotBookable, slotCheckWindow } from './check-slot-bookable';
export { computeSlots } from './compute-slots';
export { computeWeekSlots } from './compute-week-slots';
export { DEFAULT_APPOINTMENT_TYPES } from './default-appointment-types';
export { pickResources } from './pick-resources';
export {
  busyIntervalSchema,
  DEFAULT_STEP_MINUTES,
  MAX_RANGE_DAYS,
  slotBaseQuerySchema,
  slotCheckQuerySchema,
  slotQuerySchema,
  weekQuerySchema,
} from './query-schemas';
export { addDays, localDateOf, resolveWallClock } from './resolve-wall-clock';
export {
  appointmentTypeSchema,
  clinicianSchema,
  dateExceptionSchema,
  locationSchema,
  RESOURCE_KINDS,
  resourceKindSchema,
  resourceSchema,
  weeklyWindowSchema,
  workingWindowSchema,
} from './rule-schemas';
export { instantSchema, localDateSchema, timeZoneSchema, wallTimeSchema } from './time-schemas';
