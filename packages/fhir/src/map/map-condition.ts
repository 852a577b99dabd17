import type { Condition } from '@medplum/fhirtypes';

import { conditionLabels } from '@stride/exam-schema';

import type { DiagnosisInput } from '../record';
import type { Refs } from '../references';
import { SYSTEMS } from '../codes';

const SIDE_TEXT = { left: 'Left knee', right: 'Right knee', bilateral: 'Both knees' } as const;

function clinicalStatus(d: DiagnosisInput): 'active' | 'inactive' | 'resolved' {
  if (d.discharged) return 'resolved';
  // A superseded confirmation is history: the clinician's later call replaced it.
  return d.supersededAt ? 'inactive' : 'active';
}

export function mapCondition(d: DiagnosisInput, refs: Refs): Condition {
  const label = conditionLabels[d.condition];
  const status = clinicalStatus(d);
  const notes = [
    ...(d.note ? [{ text: d.note, time: d.confirmedAt }] : []),
    ...(d.supersededAt
      ? [
          {
            text: 'Superseded by a later confirmation on the same encounter.',
            time: d.supersededAt,
          },
        ]
      : []),
  ];
  return {
    resourceType: 'Condition',
    id: d.id,
    clinicalStatus: {
      coding: [{ system: SYSTEMS.conditionClinical, code: status }],
    },
    verificationStatus: {
      coding: [{ system: SYSTEMS.conditionVerification, code: 'confirmed' }],
    },
    category: [
      {
        coding: [
          {
            system: SYSTEMS.conditionCategory,
            code: 'encounter-diagnosis',
            display: 'Encounter Diagnosis',
          },
        ],
      },
    ],
    code: { coding: [{ system: SYSTEMS.icd10cm, code: d.icd10Code, display: label }], text: label },
    bodySite: [{ text: SIDE_TEXT[d.side] }],
    subject: refs.to('Patient', d.patientId),
    encounter: refs.to('Encounter', d.encounterId),
    recordedDate: d.confirmedAt,
    recorder: refs.to('Practitioner', d.confirmedBy),
    asserter: refs.to('Practitioner', d.confirmedBy),
    ...(notes.length > 0 ? { note: notes } : {}),
  };
}
