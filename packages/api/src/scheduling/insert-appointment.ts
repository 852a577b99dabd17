import { sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import type { Allocation } from '@stride/scheduling';
import { rawRows, schema } from '@stride/db';

import type { SummaryRow, SummaryText } from './appointment-summary';
import { renderedWithPlaceholders } from '../rendered-once';
import { SUMMARY_RETURNING, summaryFrom, summaryRowOf } from './appointment-summary';

const { appointmentAllocations, appointments } = schema;

/** A new appointment: who, when, and the clinician and rooms its time is allocated to. */
export interface NewAppointment {
  organizationId: string;
  id: string;
  locationId: string;
  appointmentTypeId: string;
  patientId: string;
  clinicianId: string;
  startsAt: Date;
  endsAt: Date;
  status: 'held' | 'booked';
  holdExpiresAt: Date | null;
  idempotencyKey: string;
  createdByUserId: string;
  rescheduledFromId: string | null;
  allocations: readonly Allocation[];
}

const p = (name: string) => sql.placeholder(name);

/**
 * The appointment, its allocations and its summary in one statement, rendered to text once
 * (`renderedWithPlaceholders`). Built by drizzle on every booking, the insert walked every
 * column of both tables and the summary every column and join, a share of each booking's CPU
 * second only to the network. The allocations come in as arrays (`unnest`), so any number of
 * them is one text and one prepared statement. The id is made by the caller so the
 * allocations need not wait for the insert's answer; their foreign key is checked at the
 * statement's end, and the exclusion constraints fail the whole statement as either insert.
 */
const insertStatement = renderedWithPlaceholders(sql`
  with inserted as (
    insert into ${appointments} (organization_id, id, location_id, appointment_type_id,
      patient_id, clinician_id, starts_at, ends_at, status, hold_expires_at, idempotency_key,
      created_by_user_id, rescheduled_from_id)
    values (${p('org')}, ${p('id')}, ${p('locationId')}, ${p('typeId')}, ${p('patientId')},
      ${p('clinicianId')}, ${p('startsAt')}::timestamptz, ${p('endsAt')}::timestamptz,
      ${p('status')}::appointment_status, ${p('holdExpiresAt')}::timestamptz, ${p('key')},
      ${p('createdBy')}, ${p('replaces')}::uuid)
    ${SUMMARY_RETURNING}
  ), allocated as (
    insert into ${appointmentAllocations} (organization_id, appointment_id, kind, resource_id,
      during)
    select ${p('org')}, ${p('id')}, a.kind, a.resource_id, a.during
    from unnest(${p('kinds')}::allocation_kind[], ${p('resourceIds')}::uuid[],
      ${p('durings')}::tstzrange[]) as a(kind, resource_id, during)
  )
  ${summaryFrom('inserted')}`);

const iso = (ms: number) => new Date(ms).toISOString();

/** Inserts the appointment and its allocations; answers its summary row. */
export async function insertAppointment(db: Database, a: NewAppointment): Promise<SummaryRow> {
  const [row] = await rawRows<SummaryText>(
    db,
    insertStatement({
      org: a.organizationId,
      id: a.id,
      locationId: a.locationId,
      typeId: a.appointmentTypeId,
      patientId: a.patientId,
      clinicianId: a.clinicianId,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      status: a.status,
      holdExpiresAt: a.holdExpiresAt?.toISOString() ?? null,
      key: a.idempotencyKey,
      createdBy: a.createdByUserId,
      replaces: a.rescheduledFromId,
      kinds: a.allocations.map((x) => x.kind),
      resourceIds: a.allocations.map((x) => x.resourceId),
      durings: a.allocations.map((x) => `[${iso(x.start)},${iso(x.end)})`),
    }),
  );
  if (!row) throw new Error('appointment insert returned no row');
  return summaryRowOf(row);
}
