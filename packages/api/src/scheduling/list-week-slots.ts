import { z } from 'zod';

import { computeWeekSlots } from '@stride/scheduling';

import type { AuthedContext } from '../context';
import type { OrgCache } from '../org-cache';
import { deepFreeze } from '../deep-freeze';
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

/** Every week this module checked against `weekSlotsOutput`; each is frozen, so still valid. */
const checkedWeeks = new WeakSet<object>();

/**
 * The procedure's output check. A week is checked against `weekSlotsOutput` once, when it is
 * computed, then frozen; a remembered week is served many times, and checking its ~1,000 values
 * again on every request was about a fifth of the server's CPU for one (CPU profile under the
 * benchmark). Anything this module did not check and freeze is refused.
 */
export const checkedWeekSlotsOutput = z.custom<WeekSlotsOutput>(
  (value) => typeof value === 'object' && value !== null && checkedWeeks.has(value),
  'Not a week of slots this module checked.',
);

function checkedWeek(week: WeekSlotsOutput): WeekSlotsOutput {
  const checked = deepFreeze(weekSlotsOutput.parse(week));
  checkedWeeks.add(checked);
  return checked;
}

/** Positions of ids in the week's clinician list; a plain loop, as it runs for every slot. */
function positionsOf(ids: readonly string[], position: ReadonlyMap<string, number>): number[] {
  const positions: number[] = [];
  for (const id of ids) {
    const index = position.get(id);
    if (index !== undefined) positions.push(index);
  }
  return positions;
}

/** A computed week, with what the checks before computing it need (see slot-cache.ts). */
export interface CachedWeek {
  output: WeekSlotsOutput;
  typeName: string;
  bookableOnline: boolean;
}
export type WeekSlotsCache = OrgCache<CachedWeek>;

function refuseOnline(ctx: AuthedContext, type: { name: string; bookableOnline: boolean }): void {
  if (ctx.viewer.role === 'patient' && !type.bookableOnline) {
    throw new DomainError(
      'BAD_REQUEST',
      `${type.name} cannot be booked online. Please call the clinic.`,
    );
  }
}

/**
 * A week of bookable starts in the location's zone; "any clinician" merges everyone eligible.
 * Served from the process's slot cache while nothing it was computed from has changed.
 */
export async function listWeekSlots(
  ctx: AuthedContext,
  input: ListWeekSlotsInput,
): Promise<WeekSlotsOutput> {
  const org = ctx.viewer.organizationId;
  const now = ctx.now().getTime();
  const key = `${input.locationId}|${input.appointmentTypeId}|${input.clinicianId ?? ''}|${input.weekStart}`;
  const cached = ctx.slotCache?.get(org, key, now);
  if (cached) {
    refuseOnline(ctx, { name: cached.typeName, bookableOnline: cached.bookableOnline });
    return cached.output;
  }
  // Before the first read: a change committed after it will not be kept.
  const ticket = ctx.slotCache?.ticket(org);
  const week = await computeWeek(ctx, input);
  if (ticket) ctx.slotCache?.put(ticket, key, deepFreeze(week.cached), week.stableUntil, now);
  return week.cached.output;
}

async function computeWeek(
  ctx: AuthedContext,
  input: ListWeekSlotsInput,
): Promise<{ cached: CachedWeek; stableUntil: number }> {
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
  refuseOnline(ctx, rules.appointmentType);
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
  const output = checkedWeek({
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
  });
  return {
    cached: {
      output,
      typeName: rules.appointmentType.name,
      bookableOnline: rules.appointmentType.bookableOnline,
    },
    // A hold that lapses frees its time then, without any write to announce it.
    stableUntil: Math.min(week.stableUntil, rules.holdsLapseAt ?? Number.POSITIVE_INFINITY),
  };
}
