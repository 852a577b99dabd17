import type { AuditCase } from './case';
import { stored } from './case';

const typeFields = {
  name: 'Audit review',
  durationMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 5,
  resourceKinds: ['exam_room' as const],
  bookableOnline: true,
  active: true,
};

const locationFields = {
  name: 'Audit Annex',
  addressLine1: '1 Audit Way',
  city: 'Testville',
  region: 'CA',
  postalCode: '90000',
  timeZone: 'America/Los_Angeles',
  openingHours: [{ weekday: 1, start: '08:00', end: '18:00' }],
  minNoticeMinutes: 120,
  bookingHorizonDays: 90,
  cancellationWindowHours: 24,
};

/** Admin set-up: a location of its own (so other cases' rooms stay as they are) and a type. */
export const cases: AuditCase[] = [
  {
    path: 'adminLocations.create',
    as: 'admin',
    run: async (api, { state }) => {
      const { id } = await api.adminLocations.create({ ...locationFields, addDefaultRooms: true });
      state.set('setupLocationId', id);
    },
  },
  {
    path: 'adminLocations.update',
    as: 'admin',
    run: (api, { state }) =>
      api.adminLocations.update({
        ...locationFields,
        minNoticeMinutes: 60,
        locationId: stored(state, 'setupLocationId'),
      }),
  },
  {
    path: 'adminLocations.addResource',
    as: 'admin',
    run: async (api, { state }) => {
      const { id } = await api.adminLocations.addResource({
        locationId: stored(state, 'setupLocationId'),
        kind: 'exam_room',
        name: 'Exam room 3',
        hasTreadmill: false,
      });
      state.set('setupRoomId', id);
    },
  },
  {
    path: 'adminLocations.renameResource',
    as: 'admin',
    run: (api, { state }) =>
      api.adminLocations.renameResource({
        resourceId: stored(state, 'setupRoomId'),
        name: 'Quiet',
      }),
  },
  {
    path: 'adminLocations.setResourceActive',
    as: 'admin',
    run: (api, { state }) =>
      api.adminLocations.setResourceActive({
        resourceId: stored(state, 'setupRoomId'),
        active: false,
      }),
  },
  {
    path: 'adminLocations.addClinician',
    as: 'admin',
    run: (api, { w, state }) =>
      api.adminLocations.addClinician({
        locationId: stored(state, 'setupLocationId'),
        clinicianId: w.people.clinician.id,
      }),
  },
  {
    path: 'adminAppointmentTypes.create',
    as: 'admin',
    run: async (api, { state }) => {
      const { id } = await api.adminAppointmentTypes.create(typeFields);
      state.set('setupTypeId', id);
    },
  },
  {
    path: 'adminAppointmentTypes.update',
    as: 'admin',
    run: (api, { state }) =>
      api.adminAppointmentTypes.update({
        ...typeFields,
        durationMinutes: 45,
        appointmentTypeId: stored(state, 'setupTypeId'),
      }),
  },
];
