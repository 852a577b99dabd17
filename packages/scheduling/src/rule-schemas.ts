import { z } from 'zod';

import {
  isOrderedWindow,
  localDateSchema,
  timeZoneSchema,
  wallTimeSchema,
  wallWindowShape,
  weekdaySchema,
} from './time-schemas';

const idSchema = z.string().min(1).max(200);
const orderedMessage = { message: 'The end must be after the start' };

/** Bookable kinds besides the clinician, who is always needed. One DB exclusion constraint each. */
export const RESOURCE_KINDS = ['exam_room', 'gait_lab'] as const;
export const resourceKindSchema = z.enum(RESOURCE_KINDS);
export type ResourceKind = z.output<typeof resourceKindSchema>;

export const appointmentTypeSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  durationMinutes: z.number().int().min(5).max(480),
  bufferBeforeMinutes: z.number().int().min(0).max(240),
  bufferAfterMinutes: z.number().int().min(0).max(240),
  /** Earliest start is `now + minNoticeMinutes`. */
  minNoticeMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 60),
  /** Latest bookable local date is today (in the location's zone) + horizonDays. */
  horizonDays: z.number().int().min(0).max(730),
  /** Kinds needed on top of the clinician; any one free resource of a kind suffices. */
  resourceKinds: z
    .array(resourceKindSchema)
    .refine((kinds) => new Set(kinds).size === kinds.length, {
      message: 'A kind may be listed once',
    }),
});
export type AppointmentType = z.output<typeof appointmentTypeSchema>;

export const weeklyWindowSchema = z
  .object({ weekday: weekdaySchema, ...wallWindowShape })
  .refine(isOrderedWindow, orderedMessage);
export type WeeklyWindow = z.output<typeof weeklyWindowSchema>;

export const locationSchema = z.object({
  id: idSchema,
  timeZone: timeZoneSchema,
  /** Wall-clock opening hours in `timeZone`; several windows per weekday are allowed. */
  openingHours: z.array(weeklyWindowSchema),
  /** Whole local dates the location is shut (public holidays). */
  closedDates: z.array(localDateSchema).optional(),
});
export type Location = z.output<typeof locationSchema>;

export const resourceSchema = z.object({
  id: idSchema,
  locationId: idSchema,
  kind: resourceKindSchema,
});
export type Resource = z.output<typeof resourceSchema>;

export const workingWindowSchema = z
  .object({ locationId: idSchema, weekday: weekdaySchema, ...wallWindowShape })
  .refine(isOrderedWindow, orderedMessage);
export type WorkingWindow = z.output<typeof workingWindowSchema>;

/**
 * Time off applies at every location (a clinician away is away); without start/end it is
 * the whole local day. Extra hours add a window at one location on one date.
 */
export const dateExceptionSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('time_off'),
      date: localDateSchema,
      start: wallTimeSchema.optional(),
      end: wallTimeSchema.optional(),
    })
    .refine((value) => (value.start === undefined) === (value.end === undefined), {
      message: 'Give both start and end, or neither for the whole day',
    })
    .refine(
      (value) =>
        value.start === undefined ||
        value.end === undefined ||
        isOrderedWindow({ start: value.start, end: value.end }),
      orderedMessage,
    ),
  z
    .object({
      kind: z.literal('extra_hours'),
      date: localDateSchema,
      locationId: idSchema,
      ...wallWindowShape,
    })
    .refine(isOrderedWindow, orderedMessage),
]);
export type DateException = z.output<typeof dateExceptionSchema>;

export const clinicianSchema = z.object({
  id: idSchema,
  workingHours: z.array(workingWindowSchema),
  exceptions: z.array(dateExceptionSchema).optional(),
  /** Appointment types this clinician offers; absent means all of them. */
  appointmentTypeIds: z.array(idSchema).optional(),
});
export type Clinician = z.output<typeof clinicianSchema>;
