import { z } from 'zod';

import { auditedWithoutPatient, NO_PATIENT_DATA, notAudited } from '../audit-trail/audit-rule';
import { createTRPCRouter, hoursEditorProcedure } from '../trpc';
import {
  addException,
  addExceptionInput,
  removeException,
  removeExceptionInput,
} from './change-exception';
import { availabilityOutput, getAvailability, getAvailabilityInput } from './get-availability';
import { setWeeklyHours, setWeeklyHoursInput } from './set-weekly-hours';

/** Clinicians edit their own hours and time off; admins anyone's in the organisation. */
export const availabilityRouter = createTRPCRouter({
  get: hoursEditorProcedure
    .meta(notAudited(NO_PATIENT_DATA))
    .input(getAvailabilityInput)
    .output(availabilityOutput)
    .query(({ ctx, input }) => getAvailability(ctx, input)),
  setWeekly: hoursEditorProcedure
    .meta(auditedWithoutPatient('availability.weekly.set'))
    .input(setWeeklyHoursInput)
    .output(z.void())
    .mutation(({ ctx, input }) => setWeeklyHours(ctx, input)),
  addException: hoursEditorProcedure
    .meta(auditedWithoutPatient('availability.time_off.add', 'availability.extra_hours.add'))
    .input(addExceptionInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => addException(ctx, input)),
  removeException: hoursEditorProcedure
    .meta(auditedWithoutPatient('availability.exception.remove'))
    .input(removeExceptionInput)
    .output(z.void())
    .mutation(({ ctx, input }) => removeException(ctx, input)),
});
