import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeWorkingHours,
} from '@stride/db/testing';

import { testEnv } from './helpers';
import { overlappingAllocations, schedulingWorld, typeId } from './scheduling-world';

const kinds = await integrationKinds();
// Monday 30 November 2026 in Los Angeles (UTC-8): 09:00 local is 17:00Z.
const at = (hhmm: string, date = '2026-11-30') =>
  new Date(`${date}T${hhmm}:00-08:00`).toISOString();

describe.each(kinds)('booking on %s', (kind) => {
  let handle: DatabaseHandle;
  let w: Awaited<ReturnType<typeof schedulingWorld>>;
  let env: Awaited<ReturnType<typeof testEnv>>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await schedulingWorld(env, 4);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  // Whatever a test did, the allocations never overlap.
  afterEach(async () => {
    expect(await overlappingAllocations(handle.db)).toBe(0);
  });

  const initial = () => typeId(w.types, 'initial_assessment');
  const followUp = () => typeId(w.types, 'follow_up');

  it('shows a week of slots in the location zone, labelled with its offset', async () => {
    const week = await w.as.patient(0).scheduling.weekSlots({
      locationId: w.loc.id,
      appointmentTypeId: initial(),
      weekStart: '2026-11-30',
    });
    expect(week.timeZone).toBe('America/Los_Angeles');
    expect(week.days).toHaveLength(7);
    const monday = week.days[0];
    expect(monday?.slots[0]).toMatchObject({
      localTime: '08:00',
      utcOffset: '-08:00',
      start: at('08:00'),
    });
    const takers = monday?.slots[0]?.clinicians.map((i) => week.clinicians[i]?.id);
    expect(takers?.sort()).toEqual([w.drA.id, w.drB.id].sort());
  });

  it('holds, confirms and lists a patient booking; a replayed key returns the same appointment', async () => {
    const key = randomUUID();
    const req = {
      locationId: w.loc.id,
      appointmentTypeId: initial(),
      start: at('09:00'),
      idempotencyKey: key,
    };
    const held = await w.as.patient(0).scheduling.book(req);
    expect(held.status).toBe('held');
    expect(held.holdExpiresAt).not.toBeNull();
    const again = await w.as.patient(0).scheduling.book(req);
    expect(again.id).toBe(held.id);
    const booked = await w.as.patient(0).scheduling.confirm({ appointmentId: held.id });
    expect(booked.status).toBe('booked');
    const mine = await w.as.patient(0).scheduling.mine();
    expect(mine.upcoming.map((a) => a.id)).toEqual([held.id]);
    // The only gait lab is taken, so nobody can have an initial assessment at 09:00 now.
    const week = await w.as.patient(1).scheduling.weekSlots({
      locationId: w.loc.id,
      appointmentTypeId: initial(),
      weekStart: '2026-11-30',
    });
    expect(week.days[0]?.slots.map((s) => s.localTime)).not.toContain('09:00');
    // Another patient cannot see it.
    await expect(w.as.patient(1).scheduling.ics({ appointmentId: held.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const ics = await w.as.patient(0).scheduling.ics({ appointmentId: held.id });
    expect(ics.body).toContain('DTSTART:20261130T170000Z');
  });

  it('refuses partial overlaps as a whole, allows back-to-back, and frees time on cancel', async () => {
    const base = {
      locationId: w.loc.id,
      appointmentTypeId: initial(),
      patientId: w.patients[1]?.record.id,
    };
    const first = await w.as.desk().scheduling.book({
      ...base,
      start: at('13:00'),
      clinicianId: w.drA.id,
      idempotencyKey: randomUUID(),
    });
    // Dr B is free at 13:30 but the gait lab is not (13:00–14:15 with its buffer): no booking at all.
    await expect(
      w.as.desk().scheduling.book({
        ...base,
        start: at('13:30'),
        clinicianId: w.drB.id,
        idempotencyKey: randomUUID(),
      }),
    ).rejects.toThrow(/just been taken/);
    const next = await w.as.desk().scheduling.book({
      ...base,
      start: at('14:15'),
      clinicianId: w.drB.id,
      idempotencyKey: randomUUID(),
    });
    expect(next.status).toBe('booked');
    await w.as.desk().scheduling.cancel({ appointmentId: first.id });
    const rebooked = await w.as.desk().scheduling.book({
      ...base,
      start: at('13:00'),
      clinicianId: w.drB.id,
      idempotencyKey: randomUUID(),
    });
    expect(rebooked.clinician.id).toBe(w.drB.id);
  });

  it("takes a clinician's time at every location they work at", async () => {
    const elsewhere = await makeLocation(env.db, w.org.id, { name: 'Elsewhere' });
    await makeWorkingHours(env.db, w.org.id, w.drA.id, elsewhere.id, [3]);
    const wednesdayTimes = async () => {
      const week = await w.as.desk().scheduling.weekSlots({
        locationId: w.loc.id,
        appointmentTypeId: followUp(),
        clinicianId: w.drA.id,
        weekStart: '2026-12-07',
      });
      return week.days.find((d) => d.date === '2026-12-09')?.slots.map((s) => s.localTime);
    };
    expect(await wednesdayTimes()).toContain('10:00');
    await w.as.admin().scheduling.book({
      locationId: elsewhere.id,
      appointmentTypeId: followUp(),
      clinicianId: w.drA.id,
      patientId: w.patients[2]?.record.id,
      start: at('10:00', '2026-12-09'),
      idempotencyKey: randomUUID(),
    });
    expect(await wednesdayTimes()).not.toContain('10:00');
  });

  it('keeps patients to the cancellation window and lets staff through', async () => {
    const soon = new Date('2026-11-30T08:00:00-08:00');
    const appt = await w.as.desk().scheduling.book({
      locationId: w.loc.id,
      appointmentTypeId: followUp(),
      patientId: w.patients[2]?.record.id,
      start: at('10:00'),
      idempotencyKey: randomUUID(),
    });
    await expect(
      w.as.patient(2, soon).scheduling.cancel({ appointmentId: appt.id }),
    ).rejects.toThrow(/call the Venice clinic/);
    const moved = await w.as.patient(2).scheduling.reschedule({
      appointmentId: appt.id,
      start: at('11:00'),
      idempotencyKey: randomUUID(),
    });
    expect(moved.startsAt.toISOString()).toBe(at('11:00'));
    const cancelled = await w.as.desk(soon).scheduling.cancel({ appointmentId: moved.id });
    expect(cancelled.status).toBe('cancelled');
  });

  it('lets a hold lapse so someone else can book its time', async () => {
    const held = await w.as.patient(3).scheduling.book({
      locationId: w.loc.id,
      appointmentTypeId: initial(),
      start: at('16:00'),
      idempotencyKey: randomUUID(),
    });
    const later = new Date(Date.parse('2026-11-26T17:00:00Z') + 10 * 60_000);
    const other = await w.as.desk(later).scheduling.book({
      locationId: w.loc.id,
      appointmentTypeId: initial(),
      patientId: w.patients[0]?.record.id,
      start: at('16:00'),
      idempotencyKey: randomUUID(),
    });
    expect(other.status).toBe('booked');
    await expect(
      w.as.patient(3, later).scheduling.confirm({ appointmentId: held.id }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('runs the front desk day: schedule, check-in, no-show rules', async () => {
    const day = await w.as
      .desk(new Date('2026-11-30T12:00:00-08:00'))
      .scheduling.schedule({ locationId: w.loc.id, date: '2026-11-30' });
    expect(day.appointments.length).toBeGreaterThanOrEqual(3);
    expect(day.appointments.every((a) => a.localDate === '2026-11-30')).toBe(true);
    const target = day.appointments.find((a) => a.status === 'booked');
    if (!target) throw new Error('no booked appointment');
    const checkedIn = await w.as
      .desk()
      .scheduling.setStatus({ appointmentId: target.id, status: 'checked_in' });
    expect(checkedIn.status).toBe('checked_in');
    await expect(
      w.as.desk().scheduling.setStatus({ appointmentId: target.id, status: 'no_show' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
