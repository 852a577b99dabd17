import type { Resource } from '@medplum/fhirtypes';

import type { PatientRecord } from './record';
import type { Refs } from './references';
import { mapAppointment } from './map/map-appointment';
import { mapCarePlan } from './map/map-care-plan';
import { mapCondition } from './map/map-condition';
import { mapEncounter } from './map/map-encounter';
import { mapLocation } from './map/map-location';
import { mapObservations } from './map/map-observations';
import { mapPatient } from './map/map-patient';
import { mapPractitioner } from './map/map-practitioner';
import { mapQuestionnaireResponse } from './map/map-questionnaire-response';

/** Every resource of one patient's record, the patient first and what it points at next. */
export function mapRecord(record: PatientRecord, refs: Refs): Resource[] {
  return [
    mapPatient(record.patient, refs),
    ...record.practitioners.map(mapPractitioner),
    ...record.locations.map(mapLocation),
    ...record.appointments.map((a) => mapAppointment(a, refs)),
    ...record.encounters.map((e) => mapEncounter(e, refs)),
    ...record.encounters.flatMap((e) => mapObservations(e, refs)),
    ...record.diagnoses.map((d) => mapCondition(d, refs)),
    ...record.plans.map((p) => mapCarePlan(p, refs)),
    ...record.questionnaireResponses.map((q) => mapQuestionnaireResponse(q, refs)),
  ];
}
