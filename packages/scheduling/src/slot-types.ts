import type { ResourceKind } from './rule-schemas';
import type { LocalDate } from './time-schemas';

/** Why a start cannot be booked, in the order the checks run. */
export type UnavailableReason =
  'too_soon' | 'beyond_horizon' | 'outside_hours' | 'clinician_busy' | 'resource_unavailable';

export interface SlotResources {
  readonly kind: ResourceKind;
  /** Free resources of this kind for the slot, in pick order. */
  readonly resourceIds: readonly string[];
}

/** One bookable start. Instants are UTC; the `local*` fields are the location's wall clock. */
export interface Slot {
  readonly locationId: string;
  readonly appointmentTypeId: string;
  /** UTC ISO instants, e.g. `2026-03-08T09:00:00.000Z`. */
  readonly start: string;
  readonly end: string;
  readonly startMs: number;
  readonly endMs: number;
  /** What the booking occupies, buffers included: the range for its allocation rows. */
  readonly occupiedStartMs: number;
  readonly occupiedEndMs: number;
  readonly timeZone: string;
  readonly localDate: LocalDate;
  /** The wall-clock label, `HH:mm`; unique within a day even when the clock falls back. */
  readonly localTime: string;
  /** ISO with the offset in force, e.g. `2026-11-01T01:30:00-07:00`. */
  readonly localStart: string;
  readonly localEnd: string;
  readonly utcOffset: string;
  /** Clinicians who can take it, in pick order (least booked that day first, then id). */
  readonly clinicianIds: readonly string[];
  readonly resources: readonly SlotResources[];
}

export type SlotCheck =
  | { readonly ok: true; readonly slot: Slot }
  | {
      readonly ok: false;
      readonly reason: UnavailableReason;
      readonly resourceKind?: ResourceKind;
    };
