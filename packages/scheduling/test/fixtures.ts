import type {
  AppointmentType,
  BusyInterval,
  Clinician,
  Location,
  Resource,
  Slot,
  SlotQuery,
  WeeklyWindow,
  WorkingWindow,
} from '../src/index';
import { computeSlots } from '../src/index';

/** Long before every date under test, so notice never bites unless a test says so. */
export const LONG_AGO = Date.parse('2026-01-01T00:00:00Z');
export const ALL_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export const utc = (iso: string): number => Date.parse(iso);

export function everyDay(start: string, end: string): WeeklyWindow[] {
  return ALL_WEEKDAYS.map((weekday) => ({ weekday, start, end }));
}

export function worksEveryDay(locationId: string, start: string, end: string): WorkingWindow[] {
  return everyDay(start, end).map((window) => ({ ...window, locationId }));
}

export function makeLocation(overrides: Partial<Location> & { timeZone: string }): Location {
  return { id: 'loc-1', openingHours: everyDay('00:00', '24:00'), ...overrides };
}

export function makeType(overrides: Partial<AppointmentType> = {}): AppointmentType {
  return {
    id: 'type-1',
    name: 'Test visit',
    durationMinutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minNoticeMinutes: 0,
    horizonDays: 730,
    resourceKinds: [],
    ...overrides,
  };
}

export function makeClinician(
  id: string,
  workingHours: WorkingWindow[],
  extra: Partial<Clinician> = {},
): Clinician {
  return { id, workingHours, ...extra };
}

export function busy(resourceId: string, start: string, end: string): BusyInterval {
  return { resourceId, start: utc(start), end: utc(end) };
}

export function room(id: string, kind: Resource['kind'], locationId = 'loc-1'): Resource {
  return { id, kind, locationId };
}

/** A one-day query with everything open and one clinician working `hours` every day. */
export function makeQuery(
  overrides: Partial<SlotQuery> & { location: Location; from: string },
): SlotQuery {
  return {
    now: LONG_AGO,
    appointmentType: makeType(),
    clinicians: [makeClinician('clin-a', worksEveryDay(overrides.location.id, '08:00', '17:00'))],
    resources: [],
    busy: [],
    to: overrides.from,
    ...overrides,
  };
}

/** Slots of a 60-minute type, one clinician working `start`-`end` every day, default 15-minute step. */
export function slotsFor(timeZone: string, date: string, start: string, end: string): Slot[] {
  const location = makeLocation({ timeZone });
  return computeSlots(
    makeQuery({
      location,
      from: date,
      clinicians: [makeClinician('clin-a', worksEveryDay(location.id, start, end))],
    }),
  );
}
