/**
 * Proof the checker can fail: one violation of each invariant is planted in a transaction that
 * is rolled back afterwards. The database's own guards (exclusion constraints, the unique key)
 * are dropped inside that transaction, since they would otherwise refuse the plant.
 */
import type pg from 'pg';
import { randomUUID } from 'node:crypto';

import type { InvariantName } from './invariants';
import type { LedgerEntry } from './workload';
import { checkInvariants } from './invariants';

export async function plantedViolationsCaught(
  db: pg.ClientBase,
  org: string,
  ledger: readonly LedgerEntry[],
): Promise<{ caught: InvariantName[]; missed: InvariantName[] }> {
  const one = async (text: string): Promise<string> => {
    const row = (await db.query<{ v: string }>(text, [org])).rows[0];
    if (!row) throw new Error(`nothing to plant with: ${text}`);
    return row.v;
  };
  await db.query('begin');
  try {
    for (const c of ['clinician', 'exam_room', 'gait_lab'])
      await db.query(`alter table appointment_allocations drop constraint no_double_booking_${c}`);
    await db.query('drop index appointments_org_idempotency_key');
    await db.query(
      `
      insert into appointment_allocations (organization_id, appointment_id, kind, resource_id, during)
      select organization_id, appointment_id, kind, resource_id, during from appointment_allocations
      where organization_id = $1 and active limit 1`,
      [org],
    );
    await db.query('create temp table twin (like appointments) on commit drop');
    await db.query(
      `insert into twin select * from appointments
       where organization_id = $1 and idempotency_key is not null limit 1`,
      [org],
    );
    await db.query('update twin set id = gen_random_uuid()');
    await db.query('insert into appointments select * from twin');
    const audited = await one(`
      select id::text v from audit_log where organization_id = $1 and entity_type = 'appointment'
      limit 1`);
    await db.query(
      `insert into audit_log (organization_id, actor_user_id, actor_role, location_id, patient_id,
         action, entity_type, entity_id, outcome, detail)
       select organization_id, actor_user_id, actor_role, location_id, patient_id, action,
         entity_type, entity_id, outcome, detail from audit_log where id = $1`,
      [audited],
    );
    const cancelled = await one(
      `select id::text v from appointments where organization_id = $1 and status = 'cancelled' limit 1`,
    );
    await db.query(
      `insert into pgboss.job (name, data) values ('appointment-reminder',
         jsonb_build_object('organizationId', $1::text, 'appointmentId', $2::text))`,
      [org, cancelled],
    );
    const someKey = await one(
      `select idempotency_key v from appointments where organization_id = $1 and idempotency_key is not null limit 1`,
    );
    const planted: LedgerEntry[] = [
      ...ledger,
      { op: 'book', key: randomUUID(), result: 'ack', appointmentId: randomUUID(), attempts: 1 },
      { op: 'book', key: someKey, result: 'failed', code: 'CONFLICT', attempts: 1 },
    ];
    const found = await checkInvariants(db, org, planted);
    const names = Object.keys(found) as InvariantName[];
    return {
      caught: names.filter((n) => found[n].length > 0),
      missed: names.filter((n) => found[n].length === 0),
    };
  } finally {
    await db.query('rollback');
  }
}
