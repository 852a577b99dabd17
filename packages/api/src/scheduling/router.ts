import { z } from 'zod';

import {
  authedProcedure,
  createTRPCRouter,
  patientProcedure,
  schedulingStaffProcedure,
  staffProcedure,
} from '../trpc';
import { appointmentSummary } from './appointment-summary';
import { bookAppointment, bookAppointmentInput } from './book-appointment';
import { cancelAppointment, cancelAppointmentInput } from './cancel-appointment';
import { appointmentIdInput, confirmAppointment } from './confirm-appointment';
import { getAppointmentIcs } from './get-appointment-ics';
import { bookingOptionsOutput, listBookingOptions } from './list-booking-options';
import {
  listMyAppointments,
  listPatientAppointments,
  myAppointmentsOutput,
  patientAppointmentsInput,
} from './list-my-appointments';
import { listSchedule, listScheduleInput, scheduleOutput } from './list-schedule';
import { listWeekSlots, listWeekSlotsInput, weekSlotsOutput } from './list-week-slots';
import { rescheduleAppointment, rescheduleAppointmentInput } from './reschedule-appointment';
import { setAppointmentStatus, setAppointmentStatusInput } from './set-appointment-status';

/** Patients book for themselves; front desk, clinicians and admins book on their behalf. */
export const schedulingRouter = createTRPCRouter({
  options: authedProcedure.output(bookingOptionsOutput).query(({ ctx }) => listBookingOptions(ctx)),
  weekSlots: authedProcedure
    .input(listWeekSlotsInput)
    .output(weekSlotsOutput)
    .query(({ ctx, input }) => listWeekSlots(ctx, input)),
  book: authedProcedure
    .input(bookAppointmentInput)
    .output(appointmentSummary)
    .mutation(({ ctx, input }) => bookAppointment(ctx, input)),
  confirm: authedProcedure
    .input(appointmentIdInput)
    .output(appointmentSummary)
    .mutation(({ ctx, input }) => confirmAppointment(ctx, input)),
  cancel: authedProcedure
    .input(cancelAppointmentInput)
    .output(appointmentSummary)
    .mutation(({ ctx, input }) => cancelAppointment(ctx, input)),
  reschedule: authedProcedure
    .input(rescheduleAppointmentInput)
    .output(appointmentSummary)
    .mutation(({ ctx, input }) => rescheduleAppointment(ctx, input)),
  ics: authedProcedure
    .input(appointmentIdInput)
    .output(z.object({ filename: z.string(), body: z.string() }))
    .query(({ ctx, input }) => getAppointmentIcs(ctx, input)),
  mine: patientProcedure.output(myAppointmentsOutput).query(({ ctx }) => listMyAppointments(ctx)),
  forPatient: staffProcedure
    .input(patientAppointmentsInput)
    .output(myAppointmentsOutput)
    .query(({ ctx, input }) => listPatientAppointments(ctx, input)),
  schedule: schedulingStaffProcedure
    .input(listScheduleInput)
    .output(scheduleOutput)
    .query(({ ctx, input }) => listSchedule(ctx, input)),
  setStatus: schedulingStaffProcedure
    .input(setAppointmentStatusInput)
    .output(appointmentSummary)
    .mutation(({ ctx, input }) => setAppointmentStatus(ctx, input)),
});
