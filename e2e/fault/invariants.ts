/**
 * What must hold after any crash, read straight from the database (as the cluster's superuser,
 * so row-level security cannot hide a violation) and checked against what clients were told.
 */
import type pg from 'pg';

import type { LedgerEntry } from './workload';

export type InvariantName =
  | 'no overlapping allocations'
  | 'every acknowledged write present'
  | 'nothing for a definitely failed request'
  | 'at most one appointment per idempotency key'
  | 'one audit row per write'
  | 'no reminder job for a cancelled appointment';
export type Violations = Record<InvariantName, string[]>;

interface ApptRow {
  id: string;
  key: string | null;
  status: string;
  cancel_reason: string | null;
}

export async function checkInvariants(
  db: pg.ClientBase,
  org: string,
  ledger: readonly LedgerEntry[],
): Promise<Violations> {
  const rows = async <T extends pg.QueryResultRow>(text: string): Promise<T[]> =>
    (await db.query<T>(text, [org])).rows;
  const v: Violations = {
    'no overlapping allocations': [],
    'every acknowledged write present': [],
    'nothing for a definitely failed request': [],
    'at most one appointment per idempotency key': [],
    'one audit row per write': [],
    'no reminder job for a cancelled appointment': [],
  };

  for (const o of await rows<{ a: string; b: string }>(`
    select a.appointment_id a, b.appointment_id b from appointment_allocations a
    join appointment_allocations b on a.organization_id = b.organization_id
      and a.resource_id = b.resource_id and a.id < b.id
    where a.organization_id = $1 and a.active and b.active and a.during && b.during`))
    v['no overlapping allocations'].push(`${o.a} overlaps ${o.b}`);

  const appts = await rows<ApptRow>(
    `select id, idempotency_key key, status, cancel_reason from appointments where organization_id = $1`,
  );
  const byId = new Map(appts.map((a) => [a.id, a]));
  const byKey = new Map<string, ApptRow[]>();
  for (const a of appts) if (a.key) byKey.set(a.key, [...(byKey.get(a.key) ?? []), a]);

  for (const e of ledger) {
    const made = e.key ? (byKey.get(e.key) ?? []) : [];
    if (e.result === 'ack' && e.op !== 'cancel' && !made.some((a) => a.id === e.appointmentId))
      v['every acknowledged write present'].push(`${e.op} ${e.key} → ${e.appointmentId} missing`);
    const cancelled = e.op === 'reschedule' || e.op === 'cancel' ? e.target : undefined;
    if (e.result === 'ack' && cancelled && byId.get(cancelled)?.status !== 'cancelled')
      v['every acknowledged write present'].push(`${e.op} of ${cancelled} not cancelled`);
    if (e.result === 'failed' && made.length > 0)
      v['nothing for a definitely failed request'].push(`${e.op} ${e.key} (${e.code}) exists`);
  }
  for (const [key, list] of byKey)
    if (list.length > 1) v['at most one appointment per idempotency key'].push(key);

  // Every appointment was written by exactly one book or reschedule row, every cancel by one
  // cancel row; an appointment moved away is covered by its successor's reschedule row.
  const audit = await rows<{ action: string; entity_id: string; replaces: string | null }>(`
    select action, entity_id, detail->>'replaces' replaces from audit_log
    where organization_id = $1 and entity_type = 'appointment'`);
  const count = new Map<string, number>();
  const bump = (k: string): void => void count.set(k, (count.get(k) ?? 0) + 1);
  for (const r of audit) {
    if (!byId.has(r.entity_id)) v['one audit row per write'].push(`${r.action} of a missing row`);
    bump(`${r.action === 'appointment.cancel' ? 'cancel' : 'create'}:${r.entity_id}`);
    if (r.replaces) bump(`moved:${r.replaces}`);
  }
  for (const a of appts) {
    const moved = a.status === 'cancelled' && a.cancel_reason === 'Rescheduled';
    const expected: [string, number][] = [
      [`create:${a.id}`, 1],
      [`cancel:${a.id}`, a.status === 'cancelled' && !moved ? 1 : 0],
      [`moved:${a.id}`, moved ? 1 : 0],
    ];
    for (const [k, n] of expected)
      if ((count.get(k) ?? 0) !== n)
        v['one audit row per write'].push(`${k}: ${count.get(k) ?? 0} rows, expected ${n}`);
  }

  // Jobs not yet finished, per appointment. A booked one must have its reminder waiting (else
  // this check could pass by sending none); a cancelled one must have none.
  const pending = await rows<{ id: string; n: number }>(`
    select data->>'appointmentId' id, count(*)::int n from pgboss.job
    where name = 'appointment-reminder' and state in ('created', 'retry', 'active')
      and data->>'organizationId' = $1::text group by 1`);
  const jobs = new Map(pending.map((p) => [p.id, p.n]));
  for (const a of appts) {
    const n = jobs.get(a.id) ?? 0;
    if (a.status === 'cancelled' && n > 0)
      v['no reminder job for a cancelled appointment'].push(`${a.id} has ${n}`);
    if (a.status === 'booked' && n !== 1)
      v['no reminder job for a cancelled appointment'].push(`booked ${a.id} has ${n}, not 1`);
  }
  return v;
}
