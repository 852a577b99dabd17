import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { rawRows } from '@stride/db';
import { createTestDatabase, integrationKinds } from '@stride/db/testing';

import { testEnv } from './helpers';
import { overlappingAllocations, schedulingWorld, typeId } from './scheduling-world';

const kinds = await integrationKinds();
// Monday 7 December 2026 in Los Angeles (UTC-8).
const at = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00-08:00`).toISOString();

/**
 * A booking's idempotency key answers every later request that carries it with the first
 * appointment, whatever else the request says; it never makes a second appointment, and it is
 * refused for anyone but the patient it was first used for.
 */
describe.each(kinds)('idempotency keys of bookings on %s', (kind) => {
  let handle: DatabaseHandle;
  let w: Awaited<ReturnType<typeof schedulingWorld>>;
  let env: Awaited<ReturnType<typeof testEnv>>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await schedulingWorld(env, 2);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });
  afterEach(async () => {
    expect(await overlappingAllocations(handle.db)).toBe(0);
  });

  const request = (patient: number, start: string, key: string) => ({
    locationId: w.loc.id,
    appointmentTypeId: typeId(w.types, 'follow_up'),
    clinicianId: w.drA.id,
    patientId: w.patients[patient]?.record.id,
    start,
    idempotencyKey: key,
  });

  async function madeBy(key: string) {
    const rows = await rawRows<{ id: string; allocations: string; audits: string; jobs: string }>(
      handle.db,
      sql`select a.id,
                 (select count(*) from appointment_allocations l where l.appointment_id = a.id)::text as allocations,
                 (select count(*) from audit_log g where g.entity_id = a.id::text and g.action = 'appointment.book')::text as audits,
                 (select count(*) from pgboss.job j where j.data->>'appointmentId' = a.id::text
                    and j.name = 'appointment-confirmation')::text as jobs
          from appointments a where a.idempotency_key = ${key}`,
    );
    return rows;
  }

  it('a replayed key returns the first appointment, even for another time, and books nothing more', async () => {
    const key = randomUUID();
    const first = await w.as.desk().scheduling.book(request(0, at('10:00'), key));
    expect(first.status).toBe('booked');
    const same = await w.as.desk().scheduling.book(request(0, at('10:00'), key));
    expect(same).toEqual(first);
    // Another (free) time with the same key is still the first booking.
    const elsewhere = await w.as.desk().scheduling.book(request(0, at('15:00'), key));
    expect(elsewhere).toEqual(first);
    const rows = await madeBy(key);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: first.id, allocations: '2', audits: '1' });
    // The confirmation email of the first booking only (pg-boss keeps it until it is sent).
    expect(Number(rows[0]?.jobs)).toBeLessThanOrEqual(1);
    // 15:00 is still free for anyone else.
    const other = await w.as.desk().scheduling.book(request(1, at('15:00'), randomUUID()));
    expect(other.status).toBe('booked');
  });

  it('a key used for one patient is refused for another, at any time', async () => {
    const key = randomUUID();
    const first = await w.as.desk().scheduling.book(request(0, at('11:00'), key));
    for (const start of [at('11:00'), at('16:00')]) {
      await expect(w.as.desk().scheduling.book(request(1, start, key))).rejects.toMatchObject({
        code: 'CONFLICT',
        message: 'This booking request was already used for another patient. Please start again.',
      });
    }
    const rows = await madeBy(key);
    expect(rows.map((r) => r.id)).toEqual([first.id]);
  });

  it('a key replayed after its appointment was cancelled returns the cancelled one, not a new booking', async () => {
    const key = randomUUID();
    const first = await w.as.desk().scheduling.book(request(0, at('13:00'), key));
    const cancelled = await w.as.desk().scheduling.cancel({ appointmentId: first.id });
    expect(cancelled).toMatchObject({
      id: first.id,
      status: 'cancelled',
      cancelReason: 'Cancelled by the clinic',
    });
    // The time is free again, yet the key still answers with the first appointment.
    const again = await w.as.desk().scheduling.book(request(0, at('13:00'), key));
    expect(again).toEqual(cancelled);
    expect((await madeBy(key)).map((r) => r.id)).toEqual([first.id]);
  });

  it('a patient replaying a hold gets the same hold back', async () => {
    const key = randomUUID();
    const req = {
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'follow_up'),
      start: at('14:00'),
      idempotencyKey: key,
    };
    const held = await w.as.patient(1).scheduling.book(req);
    expect(held.status).toBe('held');
    await expect(w.as.patient(1).scheduling.book(req)).resolves.toEqual(held);
    // Another patient with that key is refused.
    await expect(w.as.patient(0).scheduling.book(req)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await madeBy(key)).map((r) => r.id)).toEqual([held.id]);
  });
});
