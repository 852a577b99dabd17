import { z } from 'zod';

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
    .input(getAvailabilityInput)
    .output(availabilityOutput)
    .query(({ ctx, input }) => getAvailability(ctx, input)),
  setWeekly: hoursEditorProcedure
    .input(setWeeklyHoursInput)
    .output(z.void())
    .mutation(({ ctx, input }) => setWeeklyHours(ctx, input)),
  addException: hoursEditorProcedure
    .input(addExceptionInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => addException(ctx, input)),
  removeException: hoursEditorProcedure
    .input(removeExceptionInput)
    .output(z.void())
    .mutation(({ ctx, input }) => removeException(ctx, input)),
});
