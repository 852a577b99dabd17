import type { ResourceKind } from './rule-schemas';
import type { Slot } from './slot-types';

/** One row to insert per resource the appointment holds; its range includes the buffers. */
export interface Allocation {
  readonly kind: 'clinician' | ResourceKind;
  readonly resourceId: string;
  readonly start: number;
  readonly end: number;
}

export interface ResourcePick {
  readonly clinicianId: string;
  /** The appointment itself, without buffers. */
  readonly start: number;
  readonly end: number;
  /** Clinician first, then one resource per needed kind. */
  readonly allocations: readonly Allocation[];
}

export interface PickOptions {
  /** Insist on this clinician; otherwise the first in the slot's pick order. */
  readonly clinicianId?: string | undefined;
  /** Skip these, e.g. a room that just lost a race at the database. */
  readonly excludeResourceIds?: readonly string[] | undefined;
}

export type PickResult =
  | { readonly ok: true; readonly pick: ResourcePick }
  | {
      readonly ok: false;
      readonly reason: 'clinician_unavailable' | 'resource_unavailable';
      readonly resourceKind?: ResourceKind;
    };

/** Choose concrete resources for a slot from `computeSlots` or `checkSlotBookable`, deterministically. */
export function pickResources(slot: Slot, options: PickOptions = {}): PickResult {
  const excluded = new Set(options.excludeResourceIds ?? []);
  const clinicianId = slot.clinicianIds.find(
    (id) => !excluded.has(id) && (options.clinicianId === undefined || id === options.clinicianId),
  );
  if (clinicianId === undefined) return { ok: false, reason: 'clinician_unavailable' };

  const span = { start: slot.occupiedStartMs, end: slot.occupiedEndMs };
  const allocations: Allocation[] = [{ kind: 'clinician', resourceId: clinicianId, ...span }];
  for (const { kind, resourceIds } of slot.resources) {
    const resourceId = resourceIds.find((id) => !excluded.has(id));
    if (resourceId === undefined)
      return { ok: false, reason: 'resource_unavailable', resourceKind: kind };
    allocations.push({ kind, resourceId, ...span });
  }
  return { ok: true, pick: { clinicianId, start: slot.startMs, end: slot.endMs, allocations } };
}
