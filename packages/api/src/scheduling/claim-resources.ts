import { sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import type { PickResult, Slot } from '@stride/scheduling';
import { rawRows } from '@stride/db';
import { pickResources } from '@stride/scheduling';

/** The advisory-lock space of booking claims (the two-key form, apart from pg-boss's keys). */
const CLAIM_LOCK_SPACE = 0x5374_7264;

/**
 * Picks the slot's clinician and rooms as `pickResources` does, passing over any candidate that
 * another booking in flight is placing right now. Without this, simultaneous bookings of one
 * start all pick the same first free room, wait for each other at the exclusion constraint and
 * lose. The claim is a transaction-scoped try-lock per resource (never waits, gone at commit);
 * the constraint stays the only guard against double booking. Uncontended it is one round trip.
 */
export async function claimResources(
  tx: Database,
  slot: Slot,
  clinicianId: string | undefined,
): Promise<PickResult> {
  const groups = [
    slot.clinicianIds.filter((id) => clinicianId === undefined || id === clinicianId),
    ...slot.resources.map((pool) => pool.resourceIds),
  ];
  const next = groups.map(() => 0);
  const claimed = groups.map(() => false);
  const inFlight: string[] = [];
  for (;;) {
    const tries = groups.flatMap((ids, group) => {
      const id = ids[next[group] ?? 0];
      return claimed[group] || id === undefined ? [] : [{ group, id }];
    });
    if (tries.length === 0) break;
    const locks = sql.join(
      tries.map(({ id }) => sql`pg_try_advisory_xact_lock(${CLAIM_LOCK_SPACE}, hashtext(${id}))`),
      sql`, `,
    );
    const [row] = await rawRows<{ got: boolean[] }>(tx, sql`select array[${locks}] as got`);
    tries.forEach(({ group, id }, index) => {
      if (row?.got[index] === true) {
        claimed[group] = true;
      } else {
        inFlight.push(id);
        next[group] = (next[group] ?? 0) + 1;
      }
    });
  }
  // A kind whose every candidate is being placed by others keeps its usual pick, and the
  // constraint decides, as if nobody had claimed anything.
  const contested = new Set(groups.flatMap((ids, group) => (claimed[group] ? [] : ids)));
  return pickResources(slot, {
    clinicianId,
    excludeResourceIds: inFlight.filter((id) => !contested.has(id)),
  });
}
