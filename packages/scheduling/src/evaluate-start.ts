import type { Interval } from './interval-set';
import type { DayPlan } from './plan-day';
import type { PreparedQuery } from './prepare-query';
import type { ResourceKind } from './rule-schemas';
import type { SlotResources, UnavailableReason } from './slot-types';
import { busyOf } from './index-busy';
import { containsInterval, overlapsAny } from './interval-set';

export type StartEvaluation =
  | {
      readonly ok: true;
      readonly clinicianIds: readonly string[];
      readonly resources: readonly SlotResources[];
    }
  | {
      readonly ok: false;
      readonly reason: UnavailableReason;
      readonly resourceKind?: ResourceKind;
    };

/** The span a booking starting at `start` blocks for everyone else, buffers included. */
export function occupiedSpan(prepared: PreparedQuery, start: number): Interval {
  return {
    start: start - prepared.bufferBeforeMs,
    end: start + prepared.durationMs + prepared.bufferAfterMs,
  };
}

/**
 * Whether one start on a planned day can be booked, and by whom. The appointment itself
 * must sit inside a clinician's hours; its buffers only need to be clear of other bookings.
 */
export function evaluateStart(
  prepared: PreparedQuery,
  day: DayPlan,
  start: number,
): StartEvaluation {
  if (start < prepared.earliestStart) return { ok: false, reason: 'too_soon' };
  if (day.date > prepared.lastDate) return { ok: false, reason: 'beyond_horizon' };

  const appointment = { start, end: start + prepared.durationMs };
  const occupied = occupiedSpan(prepared, start);
  const onDuty = day.clinicians.filter((clinician) =>
    containsInterval(clinician.available, appointment),
  );
  if (onDuty.length === 0) return { ok: false, reason: 'outside_hours' };
  const clinicianIds = onDuty
    .filter((clinician) => !overlapsAny(busyOf(prepared.busy, clinician.id), occupied))
    .map((clinician) => clinician.id);
  if (clinicianIds.length === 0) return { ok: false, reason: 'clinician_busy' };

  const resources: SlotResources[] = [];
  for (const pool of prepared.pools) {
    const resourceIds = pool.resources
      .filter((resource) => !overlapsAny(busyOf(prepared.busy, resource.id), occupied))
      .map((resource) => resource.id);
    if (resourceIds.length === 0) {
      return { ok: false, reason: 'resource_unavailable', resourceKind: pool.kind };
    }
    resources.push({ kind: pool.kind, resourceIds });
  }
  return { ok: true, clinicianIds, resources };
}
