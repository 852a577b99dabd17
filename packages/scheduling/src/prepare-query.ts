import type { BusyIndex } from './index-busy';
import type { SlotBaseQuery } from './query-schemas';
import type { AppointmentType, Clinician, Location, Resource, ResourceKind } from './rule-schemas';
import type { LocalDate } from './time-schemas';
import { indexBusy } from './index-busy';
import { DEFAULT_STEP_MINUTES } from './query-schemas';
import { addDays, localDateOf } from './resolve-wall-clock';

const MINUTE_MS = 60_000;

/** Code-point order, so the pick order never depends on the host's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ResourcePool {
  readonly kind: ResourceKind;
  /** Resources of the kind at the location, in pick order (by id). */
  readonly resources: readonly Resource[];
}

/** A query with everything that does not depend on the day worked out once. */
export interface PreparedQuery {
  readonly location: Location;
  readonly zone: string;
  readonly appointmentType: AppointmentType;
  readonly clinicians: readonly Clinician[];
  readonly pools: readonly ResourcePool[];
  readonly busy: BusyIndex;
  readonly stepMinutes: number;
  readonly durationMs: number;
  readonly bufferBeforeMs: number;
  readonly bufferAfterMs: number;
  /** No slot may start before this instant (now + minimum notice). */
  readonly earliestStart: number;
  /** No slot may start on a local date after this one (today + horizon). */
  readonly lastDate: LocalDate;
}

export function prepareQuery(query: SlotBaseQuery): PreparedQuery {
  const { location, appointmentType: type } = query;
  const clinicians = query.clinicians
    .filter((clinician) => query.clinicianId === undefined || clinician.id === query.clinicianId)
    .filter((clinician) => clinician.appointmentTypeIds?.includes(type.id) ?? true)
    .filter(
      (clinician) =>
        clinician.workingHours.some((w) => w.locationId === location.id) ||
        hasExtraHoursAt(clinician, location.id),
    )
    .sort((a, b) => compareIds(a.id, b.id));
  const pools = type.resourceKinds.map((kind) => ({
    kind,
    resources: query.resources
      .filter((resource) => resource.kind === kind && resource.locationId === location.id)
      .sort((a, b) => compareIds(a.id, b.id)),
  }));
  return {
    location,
    zone: location.timeZone,
    appointmentType: type,
    clinicians,
    pools,
    busy: indexBusy(query.busy),
    stepMinutes: query.stepMinutes ?? DEFAULT_STEP_MINUTES,
    durationMs: type.durationMinutes * MINUTE_MS,
    bufferBeforeMs: type.bufferBeforeMinutes * MINUTE_MS,
    bufferAfterMs: type.bufferAfterMinutes * MINUTE_MS,
    earliestStart: query.now + type.minNoticeMinutes * MINUTE_MS,
    lastDate: addDays(localDateOf(query.now, location.timeZone), type.horizonDays),
  };
}

function hasExtraHoursAt(clinician: Clinician, locationId: string): boolean {
  return (clinician.exceptions ?? []).some(
    (exception) => exception.kind === 'extra_hours' && exception.locationId === locationId,
  );
}
