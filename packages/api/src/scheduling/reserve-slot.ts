import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import type { UnavailableReason } from '@stride/scheduling';
import { schema } from '@stride/db';
import { checkSlotBookable, DEFAULT_STEP_MINUTES } from '@stride/scheduling';

import type { AuthedContext } from '../context';
import type { AppointmentSummary } from './appointment-summary';
import type { InFlight } from './claim-resources';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import {
  cancelAppointmentEmails,
  enqueueAppointmentEmails,
  enqueueWaitlistMatch,
} from '../jobs/enqueue-appointment-emails';
import { loadAppointmentSummary, toSummary } from './appointment-summary';
import { awaitPlacing, claimResources } from './claim-resources';
import { insertAppointment } from './insert-appointment';
import { loadSlotRules } from './load-slot-rules';
import { DEADLOCK, EXCLUSION_VIOLATION, SERIALIZATION_FAILURE, sqlState } from './pg-errors';
import { releaseAllocations, releaseLapsedHolds } from './release-lapsed-holds';

const { appointments } = schema;

/** How long a patient's hold keeps the slot while they confirm. */
export const HOLD_MINUTES = 5;
/**
 * A booking that loses a room at the constraint is re-planned against fresh data this often.
 * Losses are quick (claims keep bookings from queueing on one room) but, when many bookings of
 * one start commit together, a plan can go stale more than twice in a row.
 */
const ATTEMPTS = 5;
/**
 * How often a booking waits for others placing what it needs before it gives up. Waits are
 * counted apart from attempts: a wait ends when the other booking does, which may leave this
 * one free to book (the other placed something else, or nothing), and a booking that others
 * keep overtaking is the only one this bound stops.
 */
const WAITS = 20;

/** Every free candidate of a kind the slot needs is being placed by another booking now. */
class BeingPlaced extends Error {
  constructor(readonly inFlight: InFlight) {
    super('resources are being placed by another booking');
  }
}

export const TAKEN_MESSAGE = 'Sorry, that time has just been taken. Please choose another time.';

export interface ReserveRequest {
  locationId: string;
  appointmentTypeId: string;
  clinicianId?: string | undefined;
  start: string;
  idempotencyKey: string;
  patientId: string;
  status: 'held' | 'booked';
  /** Rescheduling: this appointment is cancelled and its time freed in the same transaction. */
  replaces?: string;
}

function unavailable(reason: UnavailableReason): DomainError {
  switch (reason) {
    case 'too_soon':
      return new DomainError(
        'BAD_REQUEST',
        'That time is too soon to book online. Please choose a later time or call the clinic.',
      );
    case 'beyond_horizon':
      return new DomainError(
        'BAD_REQUEST',
        'That date is too far ahead to book yet. Please choose an earlier date.',
      );
    case 'outside_hours':
      return new DomainError(
        'BAD_REQUEST',
        'Nobody is available at that time at this location. Please choose a time from the list.',
      );
    case 'clinician_busy':
    case 'resource_unavailable':
      return new DomainError('CONFLICT', TAKEN_MESSAGE);
  }
}

export async function replay(
  db: Database,
  organizationId: string,
  key: string,
  patientId: string,
): Promise<AppointmentSummary | undefined> {
  const [row] = await db
    .select({ id: appointments.id, patientId: appointments.patientId })
    .from(appointments)
    .where(
      and(eq(appointments.organizationId, organizationId), eq(appointments.idempotencyKey, key)),
    );
  if (!row) return undefined;
  if (row.patientId !== patientId)
    throw new DomainError(
      'CONFLICT',
      'This booking request was already used for another patient. Please start again.',
    );
  return loadAppointmentSummary(db, organizationId, row.id);
}

/**
 * Books (or holds) one slot. The engine re-checks the slot against fresh data inside the
 * transaction; the exclusion constraints are the final word when two requests race. A replayed
 * idempotency key returns the first result and never creates a second appointment.
 */
export async function reserveSlot(
  ctx: AuthedContext,
  req: ReserveRequest,
): Promise<AppointmentSummary> {
  const org = ctx.viewer.organizationId;
  // No look for the key beforehand: the unique (organisation, key) index refuses a second
  // appointment of one key, so a replayed attempt always fails, and every failure is first
  // answered with the appointment the key already made, as below. Replays are rare; a look on
  // every booking cost each of them a round trip.
  let lost = 0;
  let waits = 0;
  for (;;) {
    try {
      return await ctx.db.transaction((tx) => reserveOnce(tx, ctx, req));
    } catch (error) {
      if (error instanceof BeingPlaced) {
        // The attempt is rolled back, its claims with it: wait holding nothing, then plan again.
        // Nothing was inserted, so there is no first result to look for.
        if (++waits > WAITS) throw new DomainError('CONFLICT', TAKEN_MESSAGE);
        await awaitPlacing(ctx.db, error.inFlight);
        continue;
      }
      // The key may have been used already, or a concurrent request with it may have won while
      // this one ran: whatever this attempt hit (unique key, constraint or a re-check that saw
      // the winner), return the first result.
      const winner = await replay(ctx.db, org, req.idempotencyKey, req.patientId);
      if (winner) return winner;
      const state = sqlState(error);
      if (state === EXCLUSION_VIOLATION || state === DEADLOCK || state === SERIALIZATION_FAILURE) {
        if (++lost < ATTEMPTS) continue;
        throw new DomainError('CONFLICT', TAKEN_MESSAGE);
      }
      throw error;
    }
  }
}

async function reserveOnce(
  tx: Database,
  ctx: AuthedContext,
  req: ReserveRequest,
): Promise<AppointmentSummary> {
  const org = ctx.viewer.organizationId;
  const now = ctx.now();
  const startMs = Date.parse(req.start);
  await releaseLapsedHolds(tx, org, req.locationId, now);
  if (req.replaces) {
    // Lock the old appointment so two reschedules of it cannot both succeed.
    const [old] = await tx
      .select({
        status: appointments.status,
        organizationId: appointments.organizationId,
        locationId: appointments.locationId,
        appointmentTypeId: appointments.appointmentTypeId,
        startsAt: appointments.startsAt,
      })
      .from(appointments)
      .where(and(eq(appointments.organizationId, org), eq(appointments.id, req.replaces)))
      .for('update');
    if (!old || (old.status !== 'booked' && old.status !== 'held')) {
      throw new DomainError(
        'CONFLICT',
        'This appointment has already been changed. Please reload and try again.',
      );
    }
    await releaseAllocations(tx, org, req.replaces);
    await cancelAppointmentEmails(tx, {
      organizationId: org,
      id: req.replaces,
      startsAt: old.startsAt,
    });
    await enqueueWaitlistMatch(ctx, tx, old);
  }
  const rules = await loadSlotRules(tx, {
    organizationId: org,
    locationId: req.locationId,
    appointmentTypeId: req.appointmentTypeId,
    checkStart: startMs,
    now,
  });
  if (ctx.viewer.role === 'patient' && !rules.appointmentType.bookableOnline) {
    throw new DomainError(
      'BAD_REQUEST',
      `${rules.appointmentType.name} cannot be booked online. Please call the clinic.`,
    );
  }
  const check = checkSlotBookable({
    ...rules,
    now: now.getTime(),
    clinicianId: req.clinicianId,
    start: startMs,
    stepMinutes: DEFAULT_STEP_MINUTES,
  });
  if (!check.ok) throw unavailable(check.reason);
  const picked = await claimResources(tx, org, check.slot, req.clinicianId);
  if (!picked.ok && picked.reason === 'in_flight') throw new BeingPlaced(picked);
  if (!picked.ok) throw new DomainError('CONFLICT', TAKEN_MESSAGE);
  const { pick } = picked;

  const row = await insertAppointment(tx, {
    organizationId: org,
    id: randomUUID(),
    locationId: req.locationId,
    appointmentTypeId: req.appointmentTypeId,
    patientId: req.patientId,
    clinicianId: pick.clinicianId,
    startsAt: new Date(pick.start),
    endsAt: new Date(pick.end),
    status: req.status,
    holdExpiresAt: req.status === 'held' ? new Date(now.getTime() + HOLD_MINUTES * 60_000) : null,
    idempotencyKey: req.idempotencyKey,
    createdByUserId: ctx.viewer.userId,
    rescheduledFromId: req.replaces ?? null,
    allocations: pick.allocations,
  });
  if (req.replaces) {
    await tx
      .update(appointments)
      .set({ status: 'cancelled', cancelledAt: now, cancelReason: 'Rescheduled' })
      .where(and(eq(appointments.organizationId, org), eq(appointments.id, req.replaces)));
  }
  if (req.status === 'booked')
    await enqueueAppointmentEmails(ctx, tx, {
      organizationId: org,
      id: row.id,
      startsAt: new Date(pick.start),
    });
  await emitAudit(tx, ctx.viewer, {
    action: req.replaces
      ? 'appointment.reschedule'
      : req.status === 'held'
        ? 'appointment.hold'
        : 'appointment.book',
    entityType: 'appointment',
    entityId: row.id,
    patientId: req.patientId,
    locationId: req.locationId,
    detail: {
      start: new Date(pick.start).toISOString(),
      clinicianId: pick.clinicianId,
      replaces: req.replaces ?? null,
    },
  });
  return toSummary(row);
}
