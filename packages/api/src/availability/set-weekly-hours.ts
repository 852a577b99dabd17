import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { resolveClinician } from './resolve-clinician';

const { workingHours } = schema;

const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 08:30.');
const DAY_NAMES = [
  '',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

export const setWeeklyHoursInput = z
  .object({
    clinicianId: z.uuid().optional(),
    locationId: z.uuid('Choose a location.'),
    windows: z
      .array(
        z
          .object({ weekday: z.number().int().min(1).max(7), start: wallTime, end: wallTime })
          .strict(),
      )
      .max(50)
      .superRefine((windows, issue) => {
        windows.forEach((w, i) => {
          if (w.start >= w.end)
            issue.addIssue({
              code: 'custom',
              path: [i, 'end'],
              message: `${DAY_NAMES[w.weekday]}: the end must be after the start.`,
            });
          const clash = windows.findIndex(
            (o, j) => j < i && o.weekday === w.weekday && o.start < w.end && w.start < o.end,
          );
          if (clash >= 0)
            issue.addIssue({
              code: 'custom',
              path: [i, 'start'],
              message: `${DAY_NAMES[w.weekday]}: two windows overlap.`,
            });
        });
      }),
  })
  .strict();
export type SetWeeklyHoursInput = z.infer<typeof setWeeklyHoursInput>;

/**
 * Replaces a clinician's weekly hours at one location. Slots follow at once; appointments
 * already booked stay booked (the front desk moves them if needed).
 */
export async function setWeeklyHours(
  ctx: AuthedContext,
  input: SetWeeklyHoursInput,
): Promise<void> {
  const org = ctx.viewer.organizationId;
  const clinician = await resolveClinician(ctx, input.clinicianId);
  if (!clinician.locationIds.includes(input.locationId)) {
    throw new DomainError(
      'BAD_REQUEST',
      `${clinician.name} does not work at that location. An admin can add the location first.`,
    );
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .delete(workingHours)
      .where(
        and(
          eq(workingHours.organizationId, org),
          eq(workingHours.clinicianId, clinician.id),
          eq(workingHours.locationId, input.locationId),
        ),
      );
    if (input.windows.length > 0) {
      await tx.insert(workingHours).values(
        input.windows.map((w) => ({
          organizationId: org,
          clinicianId: clinician.id,
          locationId: input.locationId,
          weekday: w.weekday,
          startTime: w.start,
          endTime: w.end,
        })),
      );
    }
    await emitAudit(tx, ctx.viewer, {
      action: 'availability.weekly.set',
      entityType: 'working_hours',
      entityId: clinician.id,
      locationId: input.locationId,
      detail: { windows: input.windows },
    });
  });
}
