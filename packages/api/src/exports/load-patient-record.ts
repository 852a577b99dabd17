import type { Database } from '@stride/db';
import type { PatientInput, PatientRecord } from '@stride/fhir';

import {
  loadDiagnoses,
  loadEncounters,
  loadPlans,
  loadQuestionnaireResponses,
} from './load-clinical-rows';
import { loadAppointments, loadLocations, loadPractitioners } from './load-scheduling-rows';

/**
 * Everything Stride holds about one patient, with exactly the clinicians and locations it
 * mentions, so every reference in the bundle has its target. The caller has already checked
 * that the patient is in scope.
 */
export async function loadPatientRecord(
  db: Database,
  organizationId: string,
  patient: PatientInput & { homeLocationId: string },
): Promise<PatientRecord> {
  const filter = { patientId: patient.id };
  const [appointments, encounters, diagnoses, plans, questionnaireResponses] = [
    await loadAppointments(db, organizationId, filter),
    await loadEncounters(db, organizationId, filter),
    await loadDiagnoses(db, organizationId, filter),
    await loadPlans(db, organizationId, filter),
    await loadQuestionnaireResponses(db, organizationId, filter),
  ];
  const practitionerIds = new Set<string>([
    ...(patient.primaryClinicianId ? [patient.primaryClinicianId] : []),
    ...appointments.map((a) => a.clinicianId),
    ...encounters.map((e) => e.clinicianId),
    ...diagnoses.map((d) => d.confirmedBy),
    ...plans.map((p) => p.createdBy),
  ]);
  const locationIds = new Set<string>([
    patient.homeLocationId,
    ...appointments.map((a) => a.locationId),
    ...encounters.map((e) => e.locationId),
  ]);
  const { homeLocationId: _home, ...patientInput } = patient;
  return {
    patient: patientInput,
    practitioners: await loadPractitioners(db, organizationId, { ids: [...practitionerIds] }),
    locations: await loadLocations(db, organizationId, { ids: [...locationIds] }),
    appointments,
    encounters,
    diagnoses,
    plans,
    questionnaireResponses,
  };
}
