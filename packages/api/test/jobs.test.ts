import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { rawRows, schema } from '@stride/db';
import { createTestDatabase, integrationKinds } from '@stride/db/testing';

import type { JobRunner } from '../src';
import { startJobRunner } from '../src';
import { matchWaitlist } from '../src/jobs/match-waitlist';
import { sendAppointmentEmail } from '../src/jobs/send-appointment-email';
import { schedulingWorld, typeId } from './scheduling-world';

const kinds = await integrationKinds();

/**
 * pg-boss starts a job by the database's real clock, so this file's appointments must lie in
 * the real future or their reminders fire at once (the shared test clock of November 2026 went
 * by, and these tests with it). Its clock is the first Thursday of next January, 17:00 UTC,
 * always ahead of the real one and always in winter (Los Angeles on PST), with the same weekdays
 * as the other files' clock.
 */
const NOW = (() => {
  const jan1 = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 1, 17));
  return new Date(jan1.getTime() + ((4 - jan1.getUTCDay() + 7) % 7) * 86_400_000);
})();
/** NOW's date moved by `days`, as YYYY-MM-DD. */
const day = (days: number) =>
  new Date(NOW.getTime() + days * 86_400_000).toISOString().slice(0, 10);
/** The Wednesday six days ahead, or another day, at a wall time in Los Angeles. */
const at = (hhmm: string, date = day(6)) => new Date(`${date}T${hhmm}:00-08:00`).toISOString();

describe.each(kinds)('background jobs on %s', (kind) => {
  let handle: DatabaseHandle;
  let runner: JobRunner;
  let w: Awaited<ReturnType<typeof schedulingWorld>>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    // Real pg-boss workers on the test database, clocked like the procedures.
    runner = await startJobRunner({
      sql: handle.sql,
      db: handle.db,
      appUrl: 'http://stride.test',
      now: () => NOW,
      work: true,
    });
    w = await schedulingWorld({ db: handle.db, jobs: runner.queue }, 3);
  }, 60_000);
  afterAll(async () => {
    await runner?.stop();
    await handle?.close();
  });

  const outbox = (patientId: string | undefined) =>
    handle.db
      .select()
      .from(schema.outboxMessages)
      .where(
        and(
          eq(schema.outboxMessages.organizationId, w.org.id),
          eq(schema.outboxMessages.patientId, patientId ?? ''),
        ),
      );
  const jobsNamed = async (name: string) =>
    Number(
      (
        await rawRows<{ n: string }>(
          handle.db,
          sql`select count(*)::text as n from pgboss.job where name = ${name}`,
        )
      )[0]?.n,
    );

  it('a booking emails a confirmation at once and schedules a reminder, in its own transaction', async () => {
    const patient = w.patients[0]?.record;
    const appt = await w.as.desk(NOW).scheduling.book({
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'follow_up'),
      patientId: patient?.id,
      start: at('09:00'),
      idempotencyKey: randomUUID(),
    });
    expect(await jobsNamed('appointment-reminder')).toBe(1);
    await expect
      .poll(async () => (await outbox(patient?.id)).map((m) => m.kind), { timeout: 15_000 })
      .toEqual(['appointment.confirmation']);
    const [mail] = await outbox(patient?.id);
    expect(mail?.subject).toContain('Follow-up');
    expect(mail?.body).toContain('PST');
    // The reminder job, run now, finds the appointment still booked and sends once.
    expect(
      await sendAppointmentEmail(
        { db: handle.db, appUrl: 'x', now: () => NOW },
        { organizationId: w.org.id, appointmentId: appt.id },
        'reminder',
      ),
    ).toBe('sent');
    await sendAppointmentEmail(
      { db: handle.db, appUrl: 'x', now: () => NOW },
      { organizationId: w.org.id, appointmentId: appt.id },
      'reminder',
    );
    expect(
      (await outbox(patient?.id)).filter((m) => m.kind === 'appointment.reminder'),
    ).toHaveLength(1);
  }, 30_000);

  it('a refused booking enqueues nothing, and a cancelled appointment sends no stale reminder', async () => {
    const before = await jobsNamed('appointment-confirmation');
    // The only exam room is taken at 09:00 by the first test's follow-up.
    await expect(
      w.as.desk(NOW).scheduling.book({
        locationId: w.loc.id,
        appointmentTypeId: typeId(w.types, 'follow_up'),
        patientId: w.patients[2]?.record.id,
        start: at('09:00'),
        idempotencyKey: randomUUID(),
      }),
    ).rejects.toThrow(/just been taken/);
    expect(await jobsNamed('appointment-confirmation')).toBe(before);
    await w.as.desk(NOW).scheduling.book({
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'telehealth_checkin'),
      patientId: w.patients[1]?.record.id,
      start: at('10:00'),
      idempotencyKey: randomUUID(),
    });
    expect(await jobsNamed('appointment-confirmation')).toBe(before + 1);

    const appt = await w.as.desk(NOW).scheduling.book({
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'telehealth_checkin'),
      patientId: w.patients[2]?.record.id,
      start: at('15:00'),
      idempotencyKey: randomUUID(),
    });
    const pendingReminders = async () =>
      (
        await rawRows<{ n: number }>(
          handle.db,
          sql`select count(*)::int as n from pgboss.job where name = 'appointment-reminder'
              and state < 'active' and data->>'appointmentId' = ${appt.id}`,
        )
      )[0]?.n;
    expect(await pendingReminders()).toBe(1);
    await w.as.desk(NOW).scheduling.cancel({ appointmentId: appt.id });
    // The cancel withdrew the queued reminder in its own transaction…
    expect(await pendingReminders()).toBe(0);
    // …and a reminder already running when it committed re-reads the appointment and skips.
    expect(
      await sendAppointmentEmail(
        { db: handle.db, appUrl: 'x', now: () => NOW },
        { organizationId: w.org.id, appointmentId: appt.id },
        'reminder',
      ),
    ).toBe('skipped');
  }, 30_000);

  it('leaves a freed slot unchecked when nobody waits for its location and type', async () => {
    await w.as.patient(2, NOW).waitlist.join({
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'follow_up'),
      fromDate: day(20),
      toDate: day(22),
    });
    // Counts what the job asks of the database beyond plain reads.
    const asked: string[] = [];
    const db = new Proxy(handle.db, {
      get(target, key, receiver) {
        if (key === 'execute' || key === 'transaction') asked.push(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const job = (type: string, date: string) => ({
      organizationId: w.org.id,
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, type),
      start: at('10:00', date),
    });
    const env = { db, now: () => NOW, appUrl: 'http://stride.test' };
    // Another type, and the right type on another date: neither reads the location's busy times.
    expect(await matchWaitlist(env, job('initial_assessment', day(21)))).toBe('none');
    expect(await matchWaitlist(env, job('follow_up', day(27)))).toBe('none');
    expect(asked).toEqual([]);
    // Someone waits for that type around that date: the slot is checked (and offered).
    expect(await matchWaitlist(env, job('follow_up', day(21)))).toBe('offered');
    expect(asked).toContain('execute');
  }, 30_000);

  it('offers a freed slot to the first patient waiting, whose link books it', async () => {
    const first = w.patients[0];
    const waiting = w.patients[1];
    const appt = await w.as.patient(0, NOW).scheduling.book({
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'initial_assessment'),
      start: at('11:00', day(13)),
      idempotencyKey: randomUUID(),
    });
    await w.as.patient(0, NOW).scheduling.confirm({ appointmentId: appt.id });
    await w.as.patient(1, NOW).waitlist.join({
      locationId: w.loc.id,
      appointmentTypeId: typeId(w.types, 'initial_assessment'),
      fromDate: day(12),
      toDate: day(14),
    });
    await w.as.patient(0, NOW).scheduling.cancel({ appointmentId: appt.id });
    await expect
      .poll(async () => (await outbox(waiting?.record.id)).map((m) => m.kind), { timeout: 15_000 })
      .toContain('waitlist.offer');
    const offerMail = (await outbox(waiting?.record.id)).find((m) => m.kind === 'waitlist.offer');
    const token = /\/portal\/waitlist\/([\w-]+)/.exec(offerMail?.body ?? '')?.[1];
    expect(token).toBeDefined();
    const booked = await w.as.patient(1, NOW).waitlist.accept({ token: token ?? '' });
    expect(booked.startsAt.toISOString()).toBe(at('11:00', day(13)));
    expect(booked.patient.id).toBe(waiting?.record.id);
    // The link is personal: another patient cannot use it.
    await expect(
      w.as.patient(2, NOW).waitlist.accept({ token: token ?? '' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(first).toBeDefined();
  }, 30_000);
});
