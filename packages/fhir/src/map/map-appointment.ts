import type { Appointment } from '@medplum/fhirtypes';

import type { AppointmentInput, StrideAppointmentStatus } from '../record';
import type { Refs } from '../references';

/** Stride's booking states in R4's appointmentstatus value set. */
export const APPOINTMENT_STATUS: Readonly<
  Record<StrideAppointmentStatus, NonNullable<Appointment['status']>>
> = {
  held: 'pending',
  booked: 'booked',
  checked_in: 'checked-in',
  completed: 'fulfilled',
  cancelled: 'cancelled',
  no_show: 'noshow',
};

export function mapAppointment(a: AppointmentInput, refs: Refs): Appointment {
  return {
    resourceType: 'Appointment',
    id: a.id,
    status: APPOINTMENT_STATUS[a.status],
    serviceType: [{ text: a.typeName }],
    description: a.typeName,
    start: a.startsAt,
    end: a.endsAt,
    created: a.createdAt,
    ...(a.cancelReason ? { cancelationReason: { text: a.cancelReason } } : {}),
    participant: [
      { actor: refs.to('Patient', a.patientId), required: 'required', status: 'accepted' },
      { actor: refs.to('Practitioner', a.clinicianId), required: 'required', status: 'accepted' },
      { actor: refs.to('Location', a.locationId), required: 'required', status: 'accepted' },
    ],
  };
}
