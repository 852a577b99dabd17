import { DateTime } from 'luxon';
import { z } from 'zod';

import {
  appointmentTypeSchema,
  clinicianSchema,
  locationSchema,
  resourceSchema,
} from './rule-schemas';
import { instantSchema, localDateSchema } from './time-schemas';

export const DEFAULT_STEP_MINUTES = 15;
/** Longest date range one call may expand, so a request cannot ask for years of slots. */
export const MAX_RANGE_DAYS = 93;

/**
 * Time a resource (clinician, room, gait lab) is already occupied, buffers included:
 * store and pass a booking's range as [start - bufferBefore, end + bufferAfter).
 * Ids must be unique across clinicians and resources (UUIDs are).
 */
export const busyIntervalSchema = z
  .object({ resourceId: z.string().min(1), start: instantSchema, end: instantSchema })
  .refine((value) => value.end > value.start, { message: 'The end must be after the start' });
export type BusyInterval = z.output<typeof busyIntervalSchema>;

const baseQueryShape = {
  /** The caller's clock; the engine never reads one. */
  now: instantSchema,
  location: locationSchema,
  appointmentType: appointmentTypeSchema,
  /** Candidate clinicians; those without hours at this location or not offering the type drop out. */
  clinicians: z.array(clinicianSchema),
  /** A specific clinician, or absent for "any clinician". */
  clinicianId: z.string().min(1).optional(),
  /** Resources of the organisation; those at other locations are ignored. */
  resources: z.array(resourceSchema),
  busy: z.array(busyIntervalSchema),
  stepMinutes: z
    .number()
    .int()
    .min(5)
    .max(240)
    .refine((step) => 1440 % step === 0, { message: 'The step must divide a day' })
    .optional(),
};

export const slotBaseQuerySchema = z.object(baseQueryShape);
export type SlotBaseQuery = z.output<typeof slotBaseQuerySchema>;
export type SlotBaseQueryInput = z.input<typeof slotBaseQuerySchema>;

function daysBetween(from: string, to: string): number {
  return DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days')
    .days;
}

/** Local dates `from`..`to` inclusive, in the location's zone. */
export const slotQuerySchema = z
  .object({ ...baseQueryShape, from: localDateSchema, to: localDateSchema })
  .refine((value) => daysBetween(value.from, value.to) >= 0, {
    message: '`to` must not be before `from`',
  })
  .refine((value) => daysBetween(value.from, value.to) < MAX_RANGE_DAYS, {
    message: `At most ${MAX_RANGE_DAYS} days per request`,
  });
export type SlotQuery = z.output<typeof slotQuerySchema>;
export type SlotQueryInput = z.input<typeof slotQuerySchema>;

export const weekQuerySchema = z.object({ ...baseQueryShape, weekStart: localDateSchema });
export type WeekQuery = z.output<typeof weekQuerySchema>;
export type WeekQueryInput = z.input<typeof weekQuerySchema>;

export const slotCheckQuerySchema = z.object({ ...baseQueryShape, start: instantSchema });
export type SlotCheckQuery = z.output<typeof slotCheckQuerySchema>;
export type SlotCheckQueryInput = z.input<typeof slotCheckQuerySchema>;
