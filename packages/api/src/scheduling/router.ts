import { z } from 'zod';

import { audited, NO_PATIENT_DATA, notAudited, OWN_RECORD } from '../audit-trail/audit-rule';
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
import { checkedWeekSlotsOutput, listWeekSlots, listWeekSlotsInput } from './list-week-slots';
import { rescheduleAppointment, rescheduleAppointmentInput } from './reschedule-appointment';
import { setAppointmentStatus, setAppointmentStatusInput } from './set-appointment-status';

/**
 * An appointment write. Appointments are not what a viewer is made of, so the author's viewer
 * stays remembered; and its statements (slot rules, claim, insert, status updates) read one day
 * or one appointment through fixed indexes, so they are planned once per connection. Re-planned
 * per call, as PostgreSQL chose for the slot rules and the claim, planning was a third of its
 * CPU per booking.
 */
const APPOINTMENT_WRITE = { keepsViewer: true, genericPlans: true } as const;

/** Patients book for themselves; front desk, clinicians and admins book on their behalf. */
export const schedulingRouter = createTRPCRouter({
  options: authedProcedure
    .meta(notAudited(NO_PATIENT_DATA))
    .output(bookingOptionsOutput)
    .query(({ ctx }) => listBookingOptions(ctx)),
  weekSlots: authedProcedure
    .meta(notAudited(NO_PATIENT_DATA))
    .input(listWeekSlotsInput)
    .output(checkedWeekSlotsOutput)
    .query(({ ctx, input }) => listWeekSlots(ctx, input)),
  book: authedProcedure
    .meta({ ...audited('appointment.book', 'appointment.hold'), ...APPOINTMENT_WRITE })
    .input(bookAppointmentInput)
    .output(appointmentSummary)
    .mutation(({ ctx, input }) => bookAppointment(ctx, input)),
  confirm: authedProcedure
    .meta({ ...audited('appointment.confirm'), ...APPOINTMENT_WRITE })
    .input(appointmentIdInput)
    .output(appointmentSummary)
    .mutation(({ ctx, input }) => confirmAppointment(ctx, input)),
  cancel: authedProcedure
    .meta({ ...audited('appointment.cancel'), ...APPOINTMENT_WRITE })
    .input(cancelAppointmentInput)
    .output(appointmentSummary)
    .mutation(({ ctx, input }) => cancelAppointment(ctx, input)),
  reschedule: authedProcedure
    .meta({ ...audited('appointment.reschedule'), ...APPOINTMENT_WRITE })
    .input(rescheduleAppointmentInput)
    .output(appointmentSummary)
    .mutation(({ ctx, input }) => rescheduleAppointment(ctx, input)),
  ics: authedProcedure
    .meta(notAudited('a calendar file for one appointment: time and place, no clinical content'))
    .input(appointmentIdInput)
    .output(z.object({ filename: z.string(), body: z.string() }))
    .query(({ ctx, input }) => getAppointmentIcs(ctx, input)),
  mine: patientProcedure
    .meta(notAudited(OWN_RECORD))
    .output(myAppointmentsOutput)
    .query(({ ctx }) => listMyAppointments(ctx)),
  forPatient: staffProcedure
    .meta(audited('patient.appointments.read'))
    .input(patientAppointmentsInput)
    .output(myAppointmentsOutput)
    .query(({ ctx, input }) => listPatientAppointments(ctx, input)),
  schedule: schedulingStaffProcedure
    .meta(notAudited("a location's day list; opening a patient from it is audited"))
    .input(listScheduleInput)
    .output(scheduleOutput)
    .query(({ ctx, input }) => listSchedule(ctx, input)),
  setStatus: schedulingStaffProcedure
    .meta({
      ...audited('appointment.checked_in', 'appointment.completed', 'appointment.no_show'),
      ...APPOINTMENT_WRITE,
    })
    .input(setAppointmentStatusInput)
    .output(appointmentSummary)
    .mutation(({ ctx, input }) => setAppointmentStatus(ctx, input)),
});
