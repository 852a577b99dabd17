import type { Encounter } from '@medplum/fhirtypes';

import type { EncounterInput } from '../record';
import type { Refs } from '../references';
import { SYSTEMS } from '../codes';

export function mapEncounter(e: EncounterInput, refs: Refs): Encounter {
  return {
    resourceType: 'Encounter',
    id: e.id,
    // An open encounter is still being written; signing closes it.
    status: e.status === 'signed' ? 'finished' : 'in-progress',
    class: { system: SYSTEMS.actCode, code: 'AMB', display: 'ambulatory' },
    type: [{ text: 'Running knee pain assessment' }],
    subject: refs.to('Patient', e.patientId),
    participant: [{ individual: refs.to('Practitioner', e.clinicianId) }],
    ...(e.appointmentId ? { appointment: [refs.to('Appointment', e.appointmentId)] } : {}),
    period: { start: e.startedAt, ...(e.signedAt ? { end: e.signedAt } : {}) },
    location: [{ location: refs.to('Location', e.locationId) }],
  };
}
