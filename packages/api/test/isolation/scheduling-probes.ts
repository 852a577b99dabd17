import type { Probes } from './probe';
import type { Site } from './world';
import {
  bookedAppointment,
  freeStart,
  heldAppointment,
  timeOff,
  typeOf,
  waitlistEntry,
  waitlistOffer,
} from './fresh';
import { patientOf } from './probe';

const where = (site: Site) => ({ locationId: site.loc.id, appointmentTypeId: typeOf(site) });
const clinicianOf = (site: Site) => ({ clinicianId: site.people.clinician.id });

/**
 * Working hours: a clinician may touch only their own, so naming anyone else (another location's
 * or organisation's clinician) is refused before any row is read.
 */
const hoursOfOthers = {
  otherLocation: { clinician: 'FORBIDDEN' },
  foreign: { clinician: 'FORBIDDEN' },
} as const;

/** Bookings, the day list, the waitlist and working hours. */
export const schedulingProbes: Probes = {
  'scheduling.options': {},
  'scheduling.weekSlots': {
    input: (site) => ({ ...where(site), weekStart: '2026-11-30' }),
    // Free times at any of the organisation's locations are open to all its people (no patient data).
    expect: { otherLocation: 'ok' },
  },
  'scheduling.book': {
    // Patients book for themselves; staff name the patient, who must be in their scope.
    input: (site, { role }) => ({
      ...where(site),
      ...(role === 'patient' ? {} : patientOf(site)),
      start: freeStart(site),
      idempotencyKey: crypto.randomUUID(),
    }),
    byCaller: true,
    consumes: true,
    // A patient may book at any of their clinic group's locations; staff only for their patients.
    expect: { otherLocation: { patient: 'ok' } },
  },
  'scheduling.confirm': {
    input: async (site) => ({ appointmentId: await heldAppointment(site) }),
    consumes: true,
  },
  'scheduling.cancel': {
    input: async (site) => ({ appointmentId: await bookedAppointment(site) }),
    consumes: true,
  },
  'scheduling.reschedule': {
    input: async (site) => ({
      appointmentId: await bookedAppointment(site),
      start: freeStart(site),
      idempotencyKey: crypto.randomUUID(),
    }),
    consumes: true,
  },
  'scheduling.ics': { input: async (site) => ({ appointmentId: await bookedAppointment(site) }) },
  'scheduling.mine': {},
  'scheduling.forPatient': { input: patientOf },
  'scheduling.schedule': { input: (site) => ({ locationId: site.loc.id, date: '2026-11-30' }) },
  'scheduling.setStatus': {
    input: async (site) => ({ appointmentId: await bookedAppointment(site), status: 'checked_in' }),
    consumes: true,
  },

  'waitlist.join': {
    input: (site) => ({ ...where(site), fromDate: '2027-01-11', toDate: '2027-01-15' }),
    consumes: true,
    // Like booking: any location of the patient's own clinic group.
    expect: { otherLocation: 'ok' },
  },
  'waitlist.mine': {},
  'waitlist.leave': {
    input: async (site) => ({ entryId: await waitlistEntry(site) }),
    consumes: true,
  },
  'waitlist.offer': { input: async (site, { db }) => ({ token: await waitlistOffer(db, site) }) },
  'waitlist.accept': {
    input: async (site, { db }) => ({ token: await waitlistOffer(db, site) }),
    consumes: true,
  },

  'availability.get': { input: clinicianOf, expect: hoursOfOthers },
  'availability.setWeekly': {
    input: (site) => ({
      ...clinicianOf(site),
      locationId: site.loc.id,
      windows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '17:00' })),
    }),
    expect: hoursOfOthers,
  },
  'availability.addException': {
    input: (site) => ({ ...clinicianOf(site), kind: 'time_off', date: '2027-03-01' }),
    expect: hoursOfOthers,
  },
  'availability.removeException': {
    input: async (site) => ({ ...clinicianOf(site), exceptionId: await timeOff(site) }),
    consumes: true,
    expect: hoursOfOthers,
  },
};
