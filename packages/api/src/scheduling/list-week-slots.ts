import { z } from 'zod';

import { computeWeekSlots } from '@stride/scheduling';

import type { AuthedContext } from '../context';
import { DomainError } from '../errors';
import { loadSlotRules } from './load-slot-rules';

const DAY_MS = 86_400_000;

export const listWeekSlotsInput = z
  .object({
    locationId: z.uuid('Choose a location.'),
    appointmentTypeId: z.uuid('Choose an appointment type.'),
    clinicianId: z.uuid('Choose a clinician or "any clinician".').optional(),
    /** First local date of the week shown, in the location's zone. */
    weekStart: z.iso.date('Give the week as a date, YYYY-MM-DD.'),
  })
  .strict();
export type ListWeekSlotsInput = z.infer<typeof listWeekSlotsInput>;

export const weekSlotsOutput = z.object({
  timeZone: z.string(),
  weekStart: z.string(),
  days: z.array(
    z.object({
      date: z.string(),
      slots: z.array(
        z.object({
          start: z.string(),
          localTime: z.string(),
          utcOffset: z.string(),
          /**
           * Who can take the slot, in pick order, as positions in `clinicians`: a week repeats
           * the same few clinicians in every slot, and their uuids were most of the payload.
           */
          clinicians: z.array(z.number().int().nonnegative()),
        }),
      ),
    }),
  ),
  clinicians: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type WeekSlotsOutput = z.infer<typeof weekSlotsOutput>;

/** Positions of ids in the week's clinician list; a plain loop, as it runs for every slot. */
function positionsOf(ids: readonly string[], position: ReadonlyMap<string, number>): number[] {
  const positions: number[] = [];
  for (const id of ids) {
    const index = position.get(id);
    if (index !== undefined) positions.push(index);
  }
  return positions;
}

/** A week of bookable starts in the location's zone; "any clinician" merges everyone eligible. */
export async function listWeekSlots(
  ctx: AuthedContext,
  input: ListWeekSlotsInput,
): Promise<WeekSlotsOutput> {
  const weekStartMs = Date.parse(`${input.weekStart}T00:00:00Z`);
  const rules = await loadSlotRules(ctx.db, {
    organizationId: ctx.viewer.organizationId,
    locationId: input.locationId,
    appointmentTypeId: input.appointmentTypeId,
    // Padded by two days each side: a local week spans other UTC dates.
    fromMs: weekStartMs - 2 * DAY_MS,
    toMs: weekStartMs + 9 * DAY_MS,
    now: ctx.now(),
  });
  if (ctx.viewer.role === 'patient' && !rules.appointmentType.bookableOnline) {
    throw new DomainError(
      'BAD_REQUEST',
      `${rules.appointmentType.name} cannot be booked online. Please call the clinic.`,
    );
  }
  if (input.clinicianId && !rules.clinicians.some((c) => c.id === input.clinicianId)) {
    throw new DomainError('NOT_FOUND', 'That clinician does not work at this location.');
  }
  const week = computeWeekSlots({
    ...rules,
    now: ctx.now().getTime(),
    clinicianId: input.clinicianId,
    weekStart: input.weekStart,
    stepMinutes: 15,
  });
  const clinicians = [...rules.clinicianNames]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const position = new Map(clinicians.map((c, index) => [c.id, index]));
  return {
    timeZone: week.timeZone,
    weekStart: week.weekStart,
    days: week.days.map((d) => ({
      date: d.date,
      slots: d.slots.map((s) => ({
        start: s.start,
        localTime: s.localTime,
        utcOffset: s.utcOffset,
        clinicians: positionsOf(s.clinicianIds, position),
      })),
    })),
    clinicians,
  };
}
