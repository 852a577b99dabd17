/**
 * Each type's elements in R4 (4.0.1), beyond DomainResource's, as the spec's resource pages
 * list them; choice elements are spelled out per type Stride may use.
 */
const list = (names: string): readonly string[] => names.split(/\s+/).filter(Boolean);

export const R4_ELEMENTS = {
  Patient: list(`
    identifier active name telecom gender birthDate deceasedBoolean deceasedDateTime address
    maritalStatus multipleBirthBoolean multipleBirthInteger photo contact communication
    generalPractitioner managingOrganization link
  `),
  Practitioner: list(`
    identifier active name telecom address gender birthDate photo qualification communication
  `),
  Location: list(`
    identifier status operationalStatus name alias description mode type telecom address
    physicalType position managingOrganization partOf hoursOfOperation availabilityExceptions
    endpoint
  `),
  Appointment: list(`
    identifier status cancelationReason serviceCategory serviceType specialty appointmentType
    reasonCode reasonReference priority description supportingInformation start end
    minutesDuration slot created comment patientInstruction basedOn participant requestedPeriod
  `),
  Encounter: list(`
    identifier status statusHistory class classHistory type serviceType priority subject
    episodeOfCare basedOn participant appointment period length reasonCode reasonReference
    diagnosis account hospitalization location serviceProvider partOf
  `),
  Observation: list(`
    identifier basedOn partOf status category code subject focus encounter effectiveDateTime
    effectivePeriod effectiveTiming effectiveInstant issued performer valueQuantity
    valueCodeableConcept valueString valueBoolean valueInteger valueRange valueRatio
    valueSampledData valueTime valueDateTime valuePeriod dataAbsentReason interpretation note
    bodySite method specimen device referenceRange hasMember derivedFrom component
  `),
  Condition: list(`
    identifier clinicalStatus verificationStatus category severity code bodySite subject
    encounter onsetDateTime onsetAge onsetPeriod onsetRange onsetString abatementDateTime
    abatementAge abatementPeriod abatementRange abatementString recordedDate recorder asserter
    stage evidence note
  `),
  CarePlan: list(`
    identifier instantiatesCanonical instantiatesUri basedOn replaces partOf status intent
    category title description subject encounter period created author contributor careTeam
    addresses supportingInfo goal activity note
  `),
  QuestionnaireResponse: list(`
    identifier basedOn partOf questionnaire status subject encounter authored author source item
  `),
} as const;
