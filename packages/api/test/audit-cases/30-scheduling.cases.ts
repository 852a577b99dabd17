import type { AuditWorld } from '../audit-world';
import type { AuditCase } from './case';
import { makeWaitlistOffer, monday } from '../audit-world';
import { forPatient, stored } from './case';

const typeId = (w: AuditWorld): string => w.types.initial_assessment ?? '';

/** Bookings on both sides of the desk, the waitlist, and working hours. */
export const cases: AuditCase[] = [
  {
    path: 'scheduling.book',
    as: 'desk',
    run: async (api, { w, state }) => {
      const booked = await api.scheduling.book({
        ...forPatient(w),
        locationId: w.loc.id,
        appointmentTypeId: typeId(w),
        start: monday('08:00'),
        idempotencyKey: crypto.randomUUID(),
      });
      state.set('appointmentId', booked.id);
    },
  },
  {
    path: 'scheduling.book',
    as: 'patient',
    run: async (api, { w, state }) => {
      const held = await api.scheduling.book({
        locationId: w.loc.id,
        appointmentTypeId: typeId(w),
        start: monday('11:00'),
        idempotencyKey: crypto.randomUUID(),
      });
      state.set('heldId', held.id);
    },
  },
  {
    path: 'scheduling.confirm',
    as: 'patient',
    run: (api, { state }) => api.scheduling.confirm({ appointmentId: stored(state, 'heldId') }),
  },
  {
    path: 'scheduling.reschedule',
    as: 'desk',
    run: async (api, { state }) => {
      const moved = await api.scheduling.reschedule({
        appointmentId: stored(state, 'appointmentId'),
        start: monday('14:00'),
        idempotencyKey: crypto.randomUUID(),
      });
      state.set('appointmentId', moved.id);
    },
  },
  {
    path: 'scheduling.setStatus',
    as: 'desk',
    run: (api, { state }) =>
      api.scheduling.setStatus({
        appointmentId: stored(state, 'appointmentId'),
        status: 'checked_in',
      }),
  },
  {
    path: 'scheduling.cancel',
    as: 'patient',
    run: (api, { state }) => api.scheduling.cancel({ appointmentId: stored(state, 'heldId') }),
  },
  {
    path: 'scheduling.forPatient',
    as: 'desk',
    run: (api, { w }) => api.scheduling.forPatient(forPatient(w)),
  },
  {
    path: 'waitlist.join',
    as: 'patient',
    run: async (api, { w, state }) => {
      const entry = await api.waitlist.join({
        locationId: w.loc.id,
        appointmentTypeId: typeId(w),
        fromDate: '2026-12-01',
        toDate: '2026-12-04',
      });
      state.set('entryId', entry.id);
    },
  },
  {
    path: 'waitlist.leave',
    as: 'patient',
    run: (api, { state }) => api.waitlist.leave({ entryId: stored(state, 'entryId') }),
  },
  {
    path: 'waitlist.accept',
    as: 'patient',
    run: async (api, { w, db }) =>
      api.waitlist.accept({ token: await makeWaitlistOffer(db, w, monday('16:00')) }),
  },
  {
    path: 'availability.setWeekly',
    as: 'clinician',
    run: (api, { w }) =>
      api.availability.setWeekly({
        locationId: w.loc.id,
        windows: [{ weekday: 2, start: '08:00', end: '12:00' }],
      }),
  },
  {
    path: 'availability.addException',
    as: 'admin',
    run: async (api, { w, state }) => {
      const off = await api.availability.addException({
        clinicianId: w.people.clinician.id,
        kind: 'time_off',
        date: '2026-12-08',
      });
      state.set('exceptionId', off.id);
    },
  },
  {
    path: 'availability.removeException',
    as: 'admin',
    run: (api, { w, state }) =>
      api.availability.removeException({
        clinicianId: w.people.clinician.id,
        exceptionId: stored(state, 'exceptionId'),
      }),
  },
];
