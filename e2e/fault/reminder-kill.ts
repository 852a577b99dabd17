/**
 * The worker is SIGKILLed mid-job: after the reminder's outbox row (the delivery record) is
 * written, before pg-boss marks the job done. The job is delivered again and the handler must
 * not send a second email. Row locks held by the test pause the handler at exactly that point.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

import type { AppServer } from './app-server';
import type { Session } from './http-client';
import type { FaultWorld } from './world';

export interface ReminderKillResult {
  outboxRowsAtKill: number;
  jobStateAfterKill: string;
  runs: number;
  outboxRowsAfter: number;
  jobStateAfter: string;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 240; i++) {
    const got = await probe();
    if (got !== undefined) return got;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function reminderKill(
  url: string,
  world: FaultWorld,
  session: Session,
  app: AppServer,
): Promise<ReminderKillResult> {
  const [holder, locker, probe] = [0, 1, 2].map(() => new pg.Client({ connectionString: url }));
  if (!holder || !locker || !probe) throw new Error('no clients');
  await Promise.all([holder.connect(), locker.connect(), probe.connect()]);
  const value = async (text: string, args: unknown[]): Promise<string | undefined> =>
    (await probe.query<{ v: string }>(text, args)).rows[0]?.v;
  try {
    const day = new Date(Date.now() + 6 * 86_400_000).toISOString().slice(0, 10);
    const booked = await session.mutate('scheduling.book', {
      locationId: world.locationId,
      appointmentTypeId: world.types.telehealth,
      start: `${day}T15:00:00.000Z`,
      patientId: world.patientIds[0],
      idempotencyKey: randomUUID(),
    });
    if (booked.kind !== 'ok') throw new Error(`reminder booking failed: ${JSON.stringify(booked)}`);
    const appt = (booked.data as { id: string }).id;
    const dedupe = `reminder:${appt}`;
    const job = await until('the reminder job', () =>
      value(`select id::text v from pgboss.job where singleton_key = $1`, [dedupe]),
    );
    const outboxRows = async (): Promise<number> =>
      Number(
        await value(`select count(*)::text v from outbox_messages where dedupe_key = $1`, [dedupe]),
      );
    const waiting = (like: string): Promise<string | undefined> =>
      value(
        `select pid::text v from pg_stat_activity where wait_event_type = 'Lock' and query ilike $1`,
        [like],
      );

    // 1. An uncommitted row with the same dedupe key makes the handler's insert wait.
    await holder.query('begin');
    await holder.query(
      `insert into outbox_messages (organization_id, kind, dedupe_key, to_email, subject, body)
       values ($1, 'appointment.reminder', $2, 'hold@test.example', 'hold', 'hold')`,
      [world.organizationId, dedupe],
    );
    // 2. A day passes: the reminder falls due and the worker picks it up.
    await probe.query(`update pgboss.job set start_after = now() where id = $1`, [job]);
    await until('the handler to wait on the outbox', () => waiting('%outbox_messages%'));
    // 3. Lock the job row, then let the handler's insert through: it writes the delivery
    //    record and then waits to mark the job completed.
    await locker.query('begin');
    await locker.query(`select 1 from pgboss.job where id = $1 for update`, [job]);
    await holder.query('rollback');
    await until('the handler to wait on completing the job', () => waiting('%pgboss.job%'));
    const outboxRowsAtKill = await outboxRows();
    await app.kill();
    // The dead worker's backend notices its client is gone (client_connection_check_interval).
    await until('the dead worker to leave', async () =>
      (await waiting('%pgboss.job%')) ? undefined : true,
    );
    await locker.query('rollback');
    const jobStateAfterKill =
      (await value(`select state::text v from pgboss.job where id = $1`, [job])) ?? 'gone';

    // 4. Stands in for pg-boss's maintenance expiring the dead worker's 15-minute lease and its
    //    retry backoff: the job is due again, as it would be after that wait.
    await probe.query(
      `update pgboss.job set state = 'retry', start_after = now() where id = $1 and state = 'active'`,
      [job],
    );
    await app.start();
    const jobStateAfter = await until('the job to be completed', async () => {
      const s = await value(`select state::text v from pgboss.job where id = $1`, [job]);
      return s === 'completed' || s === 'failed' ? s : undefined;
    });
    const runs =
      1 + Number(await value(`select retry_count::text v from pgboss.job where id = $1`, [job]));
    return {
      outboxRowsAtKill,
      jobStateAfterKill,
      runs,
      outboxRowsAfter: await outboxRows(),
      jobStateAfter,
    };
  } finally {
    await Promise.all([holder, locker, probe].map((c) => c.end().catch(() => undefined)));
  }
}
