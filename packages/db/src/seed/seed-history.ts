import { and, asc, eq } from 'drizzle-orm';

import type { Database } from '../client';
import * as t from '../schema';
import { pick, seededRandom, seedUuid } from './deterministic';
import {
  DAY_MS,
  HISTORY_CONDITIONS,
  isoDate,
  isoWeekday,
  pickOutcome,
  SATURDAY_SLOTS,
  SLOT_STARTS,
  zonedInstant,
} from './history-plan';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Months of past activity so the admin reports show something real: referral sources and
 * sign-up dates for every patient, and for patients without a portal account (the portal and
 * its tests start clean) past visits with no-shows and cancellations, a confirmed diagnosis at
 * the first visit and pain scores at baseline and about six weeks. Nothing is in the last week
 * or the future, so today's schedule and bookable slots are untouched. Ids and choices come
 * from a fixed seed; dates are relative to `now`.
 */
export async function seedHistory(tx: Tx, organizationId: string, now: Date): Promise<void> {
  const rand = seededRandom(7_2026);
  const today = Date.parse(`${isoDate(now.getTime())}T00:00:00Z`);
  const org = eq(t.patients.organizationId, organizationId);
  const patients = await tx.select().from(t.patients).where(org).orderBy(asc(t.patients.id));
  const zones = new Map(
    (await tx.select().from(t.locations).where(eq(t.locations.organizationId, organizationId))).map(
      (l) => [l.id, l.timeZone],
    ),
  );
  const hours = await tx
    .select()
    .from(t.workingHours)
    .where(eq(t.workingHours.organizationId, organizationId));
  const rooms = await tx
    .select()
    .from(t.resources)
    .where(eq(t.resources.organizationId, organizationId));
  const types = new Map(
    (
      await tx
        .select()
        .from(t.appointmentTypes)
        .where(eq(t.appointmentTypes.organizationId, organizationId))
    ).map((ty) => [ty.key, ty]),
  );
  const taken = new Set<string>();
  const appointments: (typeof t.appointments.$inferInsert)[] = [];
  const allocations: (typeof t.appointmentAllocations.$inferInsert)[] = [];
  const encounters: (typeof t.encounters.$inferInsert)[] = [];
  const diagnoses: (typeof t.diagnoses.$inferInsert)[] = [];
  const scores: (typeof t.questionnaireResponses.$inferInsert)[] = [];

  /** The first free slot on or after `fromMs` when the clinician works there, before last week. */
  const slotFor = (
    clinicianId: string,
    locationId: string,
    fromMs: number,
    roomKind: 'gait_lab' | 'exam_room',
  ) => {
    for (let day = fromMs; day < today - 7 * DAY_MS; day += DAY_MS) {
      const date = isoDate(day);
      const weekday = isoWeekday(date);
      if (
        !hours.some(
          (h) =>
            h.clinicianId === clinicianId && h.locationId === locationId && h.weekday === weekday,
        )
      )
        continue;
      const slots = weekday === 6 ? SATURDAY_SLOTS : SLOT_STARTS.length;
      for (let s = 0; s < slots; s++) {
        const room = rooms.find(
          (r) =>
            r.locationId === locationId &&
            r.kind === roomKind &&
            !taken.has(`${r.id}|${date}|${s}`),
        );
        if (!room || taken.has(`${clinicianId}|${date}|${s}`)) continue;
        taken.add(`${clinicianId}|${date}|${s}`).add(`${room.id}|${date}|${s}`);
        return { date, slot: s, roomId: room.id };
      }
    }
    return null;
  };

  for (const [index, p] of patients.entries()) {
    const createdAt = today - (8 + Math.floor(rand() * 170)) * DAY_MS + 15 * 3_600_000;
    await tx
      .update(t.patients)
      .set({ createdAt: new Date(createdAt), referralSource: pick(rand, t.referralSources) })
      .where(and(org, eq(t.patients.id, p.id)));
    const timeZone = zones.get(p.homeLocationId);
    if (p.userId || !p.primaryClinicianId || !timeZone) continue;
    const clinicianId = p.primaryClinicianId;
    const visits = 2 + Math.floor(rand() * 3);
    let from = createdAt + DAY_MS;
    for (let v = 0; v < visits; v++) {
      const type = types.get(v === 0 ? 'initial_assessment' : 'follow_up');
      const slot =
        type && slotFor(clinicianId, p.homeLocationId, from, v === 0 ? 'gait_lab' : 'exam_room');
      if (!type || !slot) break;
      const start = zonedInstant(slot.date, SLOT_STARTS[slot.slot] ?? '08:00', timeZone);
      const end = new Date(start.getTime() + type.durationMinutes * 60_000);
      const until = new Date(end.getTime() + type.bufferAfterMinutes * 60_000);
      const outcome = pickOutcome(rand());
      const id = seedUuid(`history:appointment:${index}:${v}`);
      appointments.push({
        organizationId,
        id,
        locationId: p.homeLocationId,
        appointmentTypeId: type.id,
        patientId: p.id,
        clinicianId,
        startsAt: start,
        endsAt: end,
        status: outcome.status,
        createdAt: new Date(from),
        cancelledAt: outcome.cancelHoursBefore
          ? new Date(start.getTime() - outcome.cancelHoursBefore * 3_600_000)
          : null,
        cancelReason: outcome.cancelHoursBefore ? 'Cancelled by the patient' : null,
      });
      const during = `[${start.toISOString()},${until.toISOString()})`;
      const active = outcome.status !== 'cancelled';
      allocations.push(
        {
          organizationId,
          appointmentId: id,
          kind: 'clinician',
          resourceId: clinicianId,
          during,
          active,
        },
        {
          organizationId,
          appointmentId: id,
          kind: v === 0 ? 'gait_lab' : 'exam_room',
          resourceId: slot.roomId,
          during,
          active,
        },
      );
      from = start.getTime() + (10 + Math.floor(rand() * 10)) * DAY_MS;
      if (v !== 0 || outcome.status !== 'completed') continue;
      // The first visit's work-up: a signed encounter, its confirmed diagnosis and scores.
      const encounterId = seedUuid(`history:encounter:${index}`);
      const [condition, icd10Code] = pick(rand, HISTORY_CONDITIONS);
      const agreed = rand() < 0.75;
      encounters.push({
        organizationId,
        id: encounterId,
        patientId: p.id,
        clinicianId,
        locationId: p.homeLocationId,
        appointmentId: id,
        status: 'signed',
        exam: {},
        startedAt: start,
        updatedAt: end,
        signedAt: end,
        signedBy: clinicianId,
      });
      diagnoses.push({
        organizationId,
        id: seedUuid(`history:diagnosis:${index}`),
        encounterId,
        patientId: p.id,
        condition,
        side: 'left',
        icd10Code,
        engineVersion: 'seed',
        profileId: 'clinic-method',
        profileVersion: 1,
        engineTop: agreed ? condition : 'patellar_tendinopathy',
        engineOutput: {},
        confirmedBy: clinicianId,
        confirmedAt: end,
      });
      const baseline = 5 + Math.floor(rand() * 4);
      const later = Math.max(0, baseline - Math.floor(rand() * 6));
      const nprs = (at: number, usual: number) => ({
        organizationId,
        id: seedUuid(`history:nprs:${index}:${at}`),
        patientId: p.id,
        instrumentId: 'nprs',
        instrumentVersion: '1',
        answers: { usual, worst: Math.min(10, usual + 1), during_running: usual },
        score: usual,
        subscores: [],
        answeredAt: new Date(at),
      });
      scores.push(nprs(start.getTime() - DAY_MS, baseline));
      const sixWeeks = start.getTime() + (38 + Math.floor(rand() * 9)) * DAY_MS;
      if (sixWeeks < today) scores.push(nprs(sixWeeks, later));
    }
  }
  if (appointments.length > 0) await tx.insert(t.appointments).values(appointments);
  if (allocations.length > 0) await tx.insert(t.appointmentAllocations).values(allocations);
  if (encounters.length > 0) await tx.insert(t.encounters).values(encounters);
  if (diagnoses.length > 0) await tx.insert(t.diagnoses).values(diagnoses);
  if (scores.length > 0) await tx.insert(t.questionnaireResponses).values(scores);
}
