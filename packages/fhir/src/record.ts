import type { ConditionId, ExamRecord } from '@stride/exam-schema';

/**
 * What the mapping reads: plain values the API loads from its tables, timestamps as ISO strings
 * so this package never touches a clock or a driver's Date.
 */
export interface PatientInput {
  id: string;
  givenName: string;
  familyName: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  dateOfBirth: string;
  email: string | null;
  phone: string | null;
  primaryClinicianId: string | null;
}

export interface PractitionerInput {
  id: string;
  name: string;
  email: string;
}

export interface LocationInput {
  id: string;
  name: string;
  addressLine1: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export type StrideAppointmentStatus =
  'held' | 'booked' | 'checked_in' | 'completed' | 'cancelled' | 'no_show';

export interface AppointmentInput {
  id: string;
  patientId: string;
  clinicianId: string;
  locationId: string;
  typeName: string;
  status: StrideAppointmentStatus;
  startsAt: string;
  endsAt: string;
  createdAt: string;
  cancelReason: string | null;
}

export interface EncounterInput {
  id: string;
  patientId: string;
  clinicianId: string;
  locationId: string;
  appointmentId: string | null;
  status: 'open' | 'signed';
  startedAt: string;
  signedAt: string | null;
  exam: ExamRecord;
}

export interface DiagnosisInput {
  id: string;
  encounterId: string;
  patientId: string;
  condition: ConditionId;
  side: 'left' | 'right' | 'bilateral';
  icd10Code: string;
  note: string | null;
  confirmedBy: string;
  confirmedAt: string;
  /** Set when a later confirmation on the same encounter replaced this one. */
  supersededAt: string | null;
  /** A plan built on this diagnosis ended in discharge. */
  discharged: boolean;
}

export interface PlanItemInput {
  exerciseName: string;
  dosage: string;
  daysPerWeek: number;
  why: string;
}

export interface PlanInput {
  id: string;
  patientId: string;
  diagnosisId: string;
  version: number;
  status: 'active' | 'superseded' | 'cancelled' | 'discharged';
  startDate: string;
  endDate: string | null;
  /** The previous version's id, when this plan replaced one. */
  replacesId: string | null;
  createdBy: string;
  createdAt: string;
  items: PlanItemInput[];
}

export interface QuestionnaireResponseInput {
  id: string;
  patientId: string;
  instrumentId: string;
  instrumentVersion: string;
  answers: Record<string, number | null>;
  answeredAt: string;
}

/** One patient's whole record, with the clinicians and locations it mentions. */
export interface PatientRecord {
  patient: PatientInput;
  practitioners: PractitionerInput[];
  locations: LocationInput[];
  appointments: AppointmentInput[];
  encounters: EncounterInput[];
  diagnoses: DiagnosisInput[];
  plans: PlanInput[];
  questionnaireResponses: QuestionnaireResponseInput[];
}
