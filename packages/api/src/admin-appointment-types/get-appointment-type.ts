import { z } from 'zod';

import type { AuthedContext } from '../context';
import type { AppointmentTypeView } from './appointment-type-input';
import { findAppointmentType } from './find-appointment-type';
import { toView } from './list-appointment-types';

export const getAppointmentTypeInput = z.object({ appointmentTypeId: z.uuid() }).strict();

export async function getAppointmentType(
  ctx: AuthedContext,
  input: z.infer<typeof getAppointmentTypeInput>,
): Promise<AppointmentTypeView> {
  return toView(
    await findAppointmentType(ctx.db, ctx.viewer.organizationId, input.appointmentTypeId),
  );
}
