import { sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import type { PickResult, Slot } from '@stride/scheduling';
import { rawRows, schema } from '@stride/db';
import { pickResources } from '@stride/scheduling';

const { appointmentAllocations: allocations } = schema;
const DAY_MS = 86_400_000;

/** The advisory-lock space of booking claims (the two-key form, apart from pg-boss's keys). */
const CLAIM_LOCK_SPACE = 0x5374_7264;

/**
 * Picks the slot's clinician and rooms as `pickResources` does, passing over any candidate that
 * another booking in flight is placing right now, or that one has just placed. Without the
 * first, simultaneous bookings of one start all pick the same first free room, wait for each
 * other at the exclusion constraint and lose. The claim is a transaction-scoped try-lock per
 * resource (never waits, gone at commit); the constraint stays the only guard against double
 * booking. Uncontended it is one round trip.
 *
 * The second: the slot was planned from busy times read before the claim, so a booking that
 * held a candidate and committed in between leaves the plan stale, the insert fails at the
 * constraint and the whole booking is planned again (569 of 1,500 bench bookings did so).
 * The claim's own statement therefore also reads which of the candidates it tries are busy
 * over the slot now; it reads as of its own start, so only a commit in the microseconds
 * before the lock is taken can still slip past, and the constraint catches that as before.
 */
export async function claimResources(
  tx: Database,
  organizationId: string,
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
  const taken: string[] = [];
  const occupied = {
    from: new Date(slot.occupiedStartMs).toISOString(),
    to: new Date(slot.occupiedEndMs).toISOString(),
    // Allocations are an appointment's length plus buffers, never a day: starting a day before
    // bounds the index range. A longer one would only go unseen here; the constraint holds.
    earliest: new Date(slot.occupiedStartMs - DAY_MS).toISOString(),
  };
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
    const ids = sql.join(
      tries.map(({ id }) => sql`${id}::uuid`),
      sql`, `,
    );
    const [row] = await rawRows<{ got: boolean[]; busy: string[] }>(
      tx,
      sql`select array[${locks}] as got,
        array(select ${allocations.resourceId}::text from ${allocations}
              where ${allocations.organizationId} = ${organizationId}
                and ${allocations.active}
                and ${allocations.resourceId} in (${ids})
                and ${allocations.startsAt} < ${occupied.to}::timestamptz
                and ${allocations.startsAt} > ${occupied.earliest}::timestamptz
                and ${allocations.during} && tstzrange(${occupied.from}::timestamptz, ${occupied.to}::timestamptz)) as busy`,
    );
    const busy = new Set(row?.busy);
    tries.forEach(({ group, id }, index) => {
      if (busy.has(id)) {
        taken.push(id);
        next[group] = (next[group] ?? 0) + 1;
      } else if (row?.got[index] === true) {
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
    // What is booked already is never picked: the insert could only fail.
    excludeResourceIds: [...taken, ...inFlight.filter((id) => !contested.has(id))],
  });
}
