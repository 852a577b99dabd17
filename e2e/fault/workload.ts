/**
 * Front-desk clients booking, cancelling and rescheduling at random over HTTP. An unclear
 * answer is retried with the same request (the same idempotency key) until the server gives a
 * clear one; what each request finally got goes into the ledger the invariant checker reads.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Outcome, Session } from './http-client';
import type { FaultWorld } from './world';

export type Op = 'book' | 'cancel' | 'reschedule';
export interface LedgerEntry {
  op: Op;
  /** book and reschedule: the idempotency key; cancel has none (cancelling twice is a no). */
  key?: string;
  /** cancel and reschedule: the appointment acted on. */
  target?: string;
  /** ack: the client was told it happened; failed: a client error, nothing written. */
  result: 'ack' | 'failed' | 'unknown';
  appointmentId?: string;
  attempts: number;
  code?: string;
}

export interface Workload {
  ledger: LedgerEntry[];
  run(stopAt: number): Promise<void>;
}

const pick = <T>(xs: readonly T[]): T => {
  if (xs.length === 0) throw new Error('pick from an empty list');
  return xs[Math.floor(Math.random() * xs.length)] as T;
};

/** Starts on a 15-minute grid over three mornings: few enough that requests collide. */
function startGrid(now: Date): string[] {
  const starts: string[] = [];
  for (let day = 3; day <= 5; day++) {
    const date = new Date(now.getTime() + day * 86_400_000).toISOString().slice(0, 10);
    for (let m = 9 * 60; m < 13 * 60; m += 15) {
      const hh = String(Math.floor(m / 60)).padStart(2, '0');
      const mm = String(m % 60).padStart(2, '0');
      starts.push(`${date}T${hh}:${mm}:00.000Z`);
    }
  }
  return starts;
}

/** Retries unclear outcomes with the identical request until a clear answer or the deadline. */
async function persist(
  send: () => Promise<Outcome>,
  deadline: number,
): Promise<{ last: Outcome; attempts: number; sawUnclear: boolean }> {
  let attempts = 0;
  let sawUnclear = false;
  for (;;) {
    attempts++;
    const last = await send();
    if (last.kind !== 'unclear' || Date.now() > deadline) return { last, attempts, sawUnclear };
    sawUnclear = true;
    await sleep(200 + Math.random() * 600);
  }
}

export function workload(world: FaultWorld, sessions: Session[], graceMs: number): Workload {
  const ledger: LedgerEntry[] = [];
  const starts = startGrid(new Date());
  const clinicians = [...world.clinicianIds, undefined];

  async function client(session: Session, stopAt: number): Promise<void> {
    const owned: string[] = [];
    const deadline = stopAt + graceMs;
    while (Date.now() < stopAt) {
      const roll = Math.random();
      if (owned.length === 0 || roll < 0.5) {
        const key = randomUUID();
        const input = {
          locationId: world.locationId,
          appointmentTypeId: Math.random() < 0.7 ? world.types.followUp : world.types.telehealth,
          clinicianId: pick(clinicians),
          start: pick(starts),
          patientId: pick(world.patientIds),
          idempotencyKey: key,
        };
        const r = await persist(() => session.mutate('scheduling.book', input), deadline);
        const entry = record('book', r, { key });
        if (entry.result === 'ack' && entry.appointmentId) owned.push(entry.appointmentId);
        continue;
      }
      const target = owned.splice(Math.floor(Math.random() * owned.length), 1)[0] ?? '';
      if (roll < 0.75) {
        const r = await persist(
          () => session.mutate('scheduling.cancel', { appointmentId: target }),
          deadline,
        );
        // A retried cancel whose first try landed is refused as "not active": unknown, not failed.
        const entry = record('cancel', r, { target });
        if (entry.result === 'failed') owned.push(target);
      } else {
        const key = randomUUID();
        const input = { appointmentId: target, start: pick(starts), idempotencyKey: key };
        const r = await persist(() => session.mutate('scheduling.reschedule', input), deadline);
        const entry = record('reschedule', r, { key, target });
        if (entry.result === 'ack' && entry.appointmentId) owned.push(entry.appointmentId);
        if (entry.result === 'failed') owned.push(target);
      }
    }
  }

  function record(
    op: Op,
    r: Awaited<ReturnType<typeof persist>>,
    ids: { key?: string; target?: string },
  ): LedgerEntry {
    const { last, attempts, sawUnclear } = r;
    const entry: LedgerEntry = { op, ...ids, attempts, result: 'unknown' };
    if (last.kind === 'ok') {
      entry.result = 'ack';
      entry.appointmentId = (last.data as { id?: string } | undefined)?.id;
    } else if (last.kind === 'refused') {
      entry.code = last.code;
      // Book and reschedule replay their key first, so a refusal is definite even after a retry.
      entry.result = op === 'cancel' && sawUnclear ? 'unknown' : 'failed';
    } else entry.code = last.why;
    ledger.push(entry);
    return entry;
  }

  return {
    ledger,
    run: async (stopAt) => {
      await Promise.all(sessions.map((s) => client(s, stopAt)));
    },
  };
}
