import { z } from 'zod';

/** Bounds shared by the form's inputs and the procedure; the duration bound is the table's check. */
export const APPOINTMENT_TYPE_BOUNDS = {
  durationMinutes: { min: 5, max: 480 },
  bufferMinutes: { min: 0, max: 120 },
} as const;

const minutes = (what: string, bounds: { min: number; max: number }) =>
  z
    .number({ error: `Give the ${what} in whole minutes.` })
    .int(`Give the ${what} in whole minutes.`)
    .min(bounds.min, `The ${what} must be at least ${bounds.min} minutes.`)
    .max(bounds.max, `The ${what} can be at most ${bounds.max} minutes.`);

/** The fields of an appointment type an admin edits; one schema for the form and the procedures. */
export const appointmentTypeFields = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Give the appointment type a name.')
      .max(80, 'Keep the name under 80 characters.'),
    durationMinutes: minutes('duration', APPOINTMENT_TYPE_BOUNDS.durationMinutes),
    bufferBeforeMinutes: minutes('buffer before', APPOINTMENT_TYPE_BOUNDS.bufferMinutes),
    bufferAfterMinutes: minutes('buffer after', APPOINTMENT_TYPE_BOUNDS.bufferMinutes),
    /** Rooms needed besides the clinician; none for telehealth. */
    resourceKinds: z
      .array(z.enum(['exam_room', 'gait_lab'], 'Choose exam room or gait lab.'))
      .refine((kinds) => new Set(kinds).size === kinds.length, 'Choose each room kind once.'),
    bookableOnline: z.boolean(),
    active: z.boolean(),
  })
  .strict();
export type AppointmentTypeFields = z.infer<typeof appointmentTypeFields>;

export const appointmentTypeView = appointmentTypeFields.extend({
  id: z.string(),
  key: z.string(),
});
export type AppointmentTypeView = z.infer<typeof appointmentTypeView>;
