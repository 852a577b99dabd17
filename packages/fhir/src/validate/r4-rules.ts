import { SYSTEMS } from '../codes';
import { R4_ELEMENTS } from './r4-elements';
import { VS } from './r4-value-sets';

type Primitive = 'date' | 'dateTime' | 'instant';

/**
 * What R4 (4.0.1) says about each resource type Stride emits: its elements, the ones with
 * minimum cardinality 1 (a dotted path is checked inside every instance of its parent), codes
 * bound to required value sets, primitive formats, and which types a reference may point at.
 */
export interface TypeRules {
  elements: readonly string[];
  required: readonly string[];
  codes: Readonly<Record<string, readonly string[]>>;
  codings?: Readonly<Record<string, { system: string; codes: readonly string[] }>>;
  primitives?: Readonly<Record<string, Primitive>>;
  targets?: Readonly<Record<string, readonly string[]>>;
}

export const DOMAIN_RESOURCE_ELEMENTS = [
  'resourceType',
  'id',
  'meta',
  'implicitRules',
  'language',
  'text',
  'contained',
  'extension',
  'modifierExtension',
] as const;

const humanAndContact = {
  'name.use': VS.nameUse,
  'telecom.system': VS.contactPointSystem,
  'telecom.use': VS.contactPointUse,
  'address.use': VS.addressUse,
};

export const R4_RULES: Readonly<Record<string, TypeRules>> = {
  Patient: {
    elements: R4_ELEMENTS.Patient,
    required: [],
    codes: { gender: VS.gender, ...humanAndContact },
    primitives: { birthDate: 'date' },
    targets: { generalPractitioner: ['Organization', 'Practitioner', 'PractitionerRole'] },
  },
  Practitioner: {
    elements: R4_ELEMENTS.Practitioner,
    required: [],
    codes: { gender: VS.gender, ...humanAndContact },
    primitives: { birthDate: 'date' },
  },
  Location: {
    elements: R4_ELEMENTS.Location,
    required: [],
    codes: { status: VS.locationStatus, mode: VS.locationMode, ...humanAndContact },
  },
  Appointment: {
    elements: R4_ELEMENTS.Appointment,
    required: ['status', 'participant', 'participant.status'],
    codes: {
      status: VS.appointmentStatus,
      'participant.required': VS.participantRequired,
      'participant.status': VS.participationStatus,
    },
    primitives: { start: 'instant', end: 'instant', created: 'dateTime' },
    targets: {
      'participant.actor': [
        'Patient',
        'Practitioner',
        'PractitionerRole',
        'RelatedPerson',
        'Device',
        'HealthcareService',
        'Location',
      ],
    },
  },
  Encounter: {
    elements: R4_ELEMENTS.Encounter,
    required: ['status', 'class', 'location.location'],
    codes: { status: VS.encounterStatus },
    codings: { class: { system: SYSTEMS.actCode, codes: VS.encounterClass } },
    primitives: { 'period.start': 'dateTime', 'period.end': 'dateTime' },
    targets: {
      subject: ['Patient', 'Group'],
      'participant.individual': ['Practitioner', 'PractitionerRole', 'RelatedPerson'],
      appointment: ['Appointment'],
      'location.location': ['Location'],
    },
  },
  Observation: {
    elements: R4_ELEMENTS.Observation,
    required: ['status', 'code'],
    codes: { status: VS.observationStatus },
    primitives: { effectiveDateTime: 'dateTime', issued: 'instant' },
    targets: {
      subject: ['Patient', 'Group', 'Device', 'Location'],
      encounter: ['Encounter'],
      performer: [
        'Practitioner',
        'PractitionerRole',
        'Organization',
        'CareTeam',
        'Patient',
        'RelatedPerson',
      ],
    },
  },
  Condition: {
    elements: R4_ELEMENTS.Condition,
    required: ['subject'],
    codes: {},
    codings: {
      clinicalStatus: { system: SYSTEMS.conditionClinical, codes: VS.conditionClinical },
      verificationStatus: {
        system: SYSTEMS.conditionVerification,
        codes: VS.conditionVerification,
      },
    },
    primitives: { recordedDate: 'dateTime', 'note.time': 'dateTime' },
    targets: {
      subject: ['Patient', 'Group'],
      encounter: ['Encounter'],
      recorder: ['Practitioner', 'PractitionerRole', 'Patient', 'RelatedPerson'],
      asserter: ['Practitioner', 'PractitionerRole', 'Patient', 'RelatedPerson'],
    },
  },
  CarePlan: {
    elements: R4_ELEMENTS.CarePlan,
    required: ['status', 'intent', 'subject', 'activity.detail.status'],
    codes: {
      status: VS.carePlanStatus,
      intent: VS.carePlanIntent,
      'activity.detail.status': VS.carePlanActivityStatus,
    },
    primitives: { 'period.start': 'dateTime', 'period.end': 'dateTime', created: 'dateTime' },
    targets: {
      subject: ['Patient', 'Group'],
      author: [
        'Patient',
        'Practitioner',
        'PractitionerRole',
        'Device',
        'RelatedPerson',
        'Organization',
        'CareTeam',
      ],
      addresses: ['Condition'],
      replaces: ['CarePlan'],
    },
  },
  QuestionnaireResponse: {
    elements: R4_ELEMENTS.QuestionnaireResponse,
    required: ['status', 'item.linkId'],
    codes: { status: VS.questionnaireResponseStatus },
    primitives: { authored: 'dateTime' },
    targets: {
      author: [
        'Device',
        'Practitioner',
        'PractitionerRole',
        'Patient',
        'RelatedPerson',
        'Organization',
      ],
      source: ['Patient', 'Practitioner', 'PractitionerRole', 'RelatedPerson'],
    },
  },
};
