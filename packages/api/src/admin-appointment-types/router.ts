import { z } from 'zod';

import { auditedWithoutPatient, NO_PATIENT_DATA, notAudited } from '../audit-trail/audit-rule';
import { adminProcedure, createTRPCRouter } from '../trpc';
import { appointmentTypeView } from './appointment-type-input';
import { createAppointmentType, createAppointmentTypeInput } from './create-appointment-type';
import { getAppointmentType, getAppointmentTypeInput } from './get-appointment-type';
import { appointmentTypeList, listAppointmentTypes } from './list-appointment-types';
import { updateAppointmentType, updateAppointmentTypeInput } from './update-appointment-type';

/** Admins define what can be booked; slot computation reads these rows on every request. */
export const adminAppointmentTypesRouter = createTRPCRouter({
  list: adminProcedure
    .meta(notAudited(NO_PATIENT_DATA))
    .output(appointmentTypeList)
    .query(({ ctx }) => listAppointmentTypes(ctx)),
  get: adminProcedure
    .meta(notAudited(NO_PATIENT_DATA))
    .input(getAppointmentTypeInput)
    .output(appointmentTypeView)
    .query(({ ctx, input }) => getAppointmentType(ctx, input)),
  create: adminProcedure
    .meta(auditedWithoutPatient('appointment_type.create'))
    .input(createAppointmentTypeInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => createAppointmentType(ctx, input)),
  update: adminProcedure
    .meta(auditedWithoutPatient('appointment_type.update'))
    .input(updateAppointmentTypeInput)
    .output(z.void())
    .mutation(({ ctx, input }) => updateAppointmentType(ctx, input)),
});
