import { sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import type { PickResult, Slot } from '@stride/scheduling';
import { rawRows, schema } from '@stride/db';
import { pickResources } from '@stride/scheduling';

import { renderedWithPlaceholders } from '../rendered-once';

const { appointmentAllocations: allocations } = schema;
const DAY_MS = 86_400_000;

/** The advisory-lock space of booking claims (the two-key form, apart from pg-boss's keys). */
const CLAIM_LOCK_SPACE = 0x5374_7264;

/**
 * The claim, one statement for any number of candidates. The candidates which are busy over the
 * slot are read first, once. Then each group's candidates are walked in order and the first that
 * is neither busy nor locked by another transaction is locked. The walk is `limit 1` over the
 * candidates, in the order `unnest` gives them, so no lock is taken past the one the group gets.
 * The `case` keeps the try-lock from running on a busy candidate or on another group's.
 *
 * Walking the candidates with one statement per step took ~4 round trips per booking when 50
 * front-desk bookings ran at once (6,097 claims for 1,534 bookings).
 */
const claimStatement = renderedWithPlaceholders(sql`
  with busy as materialized (
    select coalesce(array_agg(${allocations.resourceId}::text), '{}') as ids
    from ${allocations}
    where ${allocations.organizationId} = ${sql.placeholder('organizationId')}
      and ${allocations.active}
      and ${allocations.resourceId} = any(${sql.placeholder('candidates')}::uuid[])
      and ${allocations.startsAt} < ${sql.placeholder('to')}::timestamptz
      and ${allocations.startsAt} > ${sql.placeholder('earliest')}::timestamptz
      and ${allocations.during} && tstzrange(${sql.placeholder('from')}::timestamptz, ${sql.placeholder('to')}::timestamptz)
  )
  select busy.ids as busy,
    array(
      select (select c.id from unnest(${sql.placeholder('candidates')}::text[], ${sql.placeholder('groups')}::int[]) as c(id, grp)
              where case when c.grp <> g.grp or c.id = any(busy.ids) then false
                         else not exists (
                           select from generate_series(${sql.placeholder('firstPeriod')}::bigint,
                                                       ${sql.placeholder('lastPeriod')}::bigint) as k
                           where not pg_try_advisory_xact_lock(${CLAIM_LOCK_SPACE}, hashtext(c.id || ':' || k))) end
              limit 1)
      from generate_series(0, ${sql.placeholder('groupCount')}::int - 1) as g(grp)
      order by g.grp
    ) as claimed
  from busy`);

/**
 * What the claim found: the pick, or that no candidate is free, or which candidates (the first
 * free of each kind) other bookings are placing right now, when every free one of a kind is.
 */
export type ClaimResult = PickResult | InFlight;

/** Every free candidate of a kind is being placed by others: `placing`, over these periods. */
export type InFlight = { ok: false; reason: 'in_flight'; placing: string[] } & ClaimPeriods;

/** The claim periods a slot's occupied time touches (see CLAIM_PERIOD_MS). */
export interface ClaimPeriods {
  firstPeriod: number;
  lastPeriod: number;
}

/**
 * A claim is on a resource over periods of this length, each one the slot's occupied time (with
 * its buffers) touches, not on the resource at all times. Claimed whole, a clinician booked at
 * 10:00 and at 10:45 at once made one booking wait for the other, and under the bench's load
 * bookings of one clinician queued behind each other until some gave up (5 of 1,500 refused,
 * their slots free). Overlapping bookings always share a period; adjacent ones may share one
 * at their edge and only wait, briefly.
 */
const CLAIM_PERIOD_MS = 15 * 60_000;

function claimPeriods(slot: Slot): ClaimPeriods {
  return {
    firstPeriod: Math.floor(slot.occupiedStartMs / CLAIM_PERIOD_MS),
    lastPeriod: Math.floor((slot.occupiedEndMs - 1) / CLAIM_PERIOD_MS),
  };
}

/**
 * Picks the slot's clinician and rooms as `pickResources` does, passing over any candidate that
 * another booking in flight is placing right now, or that one has just placed. Without the
 * first, simultaneous bookings of one start all pick the same first free room, wait for each
 * other at the exclusion constraint and lose. The claim is a transaction-scoped try-lock per
 * resource (never waits, gone at commit); the constraint stays the only guard against double
 * booking. It is one round trip however many candidates it passes over (`claimStatement`).
 *
 * When every free candidate of a kind is being placed by others, the answer says so
 * (`in_flight`): the booking rolls its attempt back, waits for them (`awaitPlacing`) and plans
 * again. Inserting at once, as this did before, raced them to the exclusion constraint, where
 * two transactions inserting conflicting rows at the same moment can each find the other's row
 * and wait for it: a deadlock PostgreSQL breaks only after a second. Fifty simultaneous
 * bookings of one slot met 105 of them once the claim no longer took a round trip per
 * candidate, whose delay alone had kept them apart.
 *
 * The second: the slot was planned from busy times read before the claim, so a booking that
 * held a candidate and committed in between leaves the plan stale, the insert fails at the
 * constraint and the whole booking is planned again (569 of 1,500 bench bookings did so).
 * The claim's statement therefore also reads which of the candidates are busy over the slot
 * now; it reads as of its own start, so only a commit in the microseconds before the lock is
 * taken can still slip past, and the constraint catches that as before.
 */
export async function claimResources(
  tx: Database,
  organizationId: string,
  slot: Slot,
  clinicianId: string | undefined,
): Promise<ClaimResult> {
  const groups = [
    slot.clinicianIds.filter((id) => clinicianId === undefined || id === clinicianId),
    ...slot.resources.map((pool) => pool.resourceIds),
  ];
  const periods = claimPeriods(slot);
  const [row] = await rawRows<{ busy: string[]; claimed: (string | null)[] }>(
    tx,
    claimStatement({
      organizationId,
      candidates: groups.flat(),
      groups: groups.flatMap((ids, group) => ids.map(() => group)),
      groupCount: groups.length,
      from: new Date(slot.occupiedStartMs).toISOString(),
      to: new Date(slot.occupiedEndMs).toISOString(),
      // Allocations are an appointment's length plus buffers, never a day: starting a day
      // before bounds the index range. A longer one would only go unseen here; the constraint
      // holds.
      earliest: new Date(slot.occupiedStartMs - DAY_MS).toISOString(),
      ...periods,
    }),
  );
  const busy = new Set(row?.busy);
  const excluded: string[] = [...busy];
  const placing: string[] = [];
  groups.forEach((ids, group) => {
    const claimed = row?.claimed[group] ?? null;
    if (claimed === null) {
      // Every free candidate of this kind is being placed by another booking right now.
      const usual = ids.find((id) => !busy.has(id));
      if (usual !== undefined) placing.push(usual);
      return;
    }
    // Those walked past before the claimed one, not busy, are being placed by others.
    for (const id of ids) {
      if (id === claimed) break;
      if (!busy.has(id)) excluded.push(id);
    }
  });
  if (placing.length > 0) return { ok: false, reason: 'in_flight', placing, ...periods };
  // What is booked already is never picked: the insert could only fail.
  return pickResources(slot, { clinicianId, excludeResourceIds: excluded });
}

// In one order for every waiter, resource by resource and period by period (the ids sorted,
// each one's periods in turn), so two waiters cannot each hold what the other waits for.
const waitStatement = renderedWithPlaceholders(sql`
  select count(pg_advisory_xact_lock(${CLAIM_LOCK_SPACE}, hashtext(t.id || ':' || k)))::int as waited
  from unnest(${sql.placeholder('ids')}::text[]) as t(id)
  cross join lateral generate_series(${sql.placeholder('firstPeriod')}::bigint,
                                     ${sql.placeholder('lastPeriod')}::bigint) as k`);

/** Ends awaitPlacing's savepoint by rolling it back; never leaves it. */
class WaitOver extends Error {}

/**
 * Waits until the bookings placing what `inFlight` names have ended, by taking their claims, and lets go of
 * them at once: the wait runs in a savepoint that is rolled back. Called between attempts, when
 * the attempt's own savepoint (its claims among them) is rolled back too, so a booking never
 * waits while holding a claim, and two waiting bookings cannot wait for each other.
 */
export async function awaitPlacing(db: Database, inFlight: InFlight): Promise<void> {
  const { placing, firstPeriod, lastPeriod } = inFlight;
  try {
    await db.transaction(async (tx) => {
      await tx.execute(waitStatement({ ids: [...placing].sort(), firstPeriod, lastPeriod }));
      throw new WaitOver();
    });
  } catch (error) {
    if (!(error instanceof WaitOver)) throw error;
  }
}
