import type { CodeableConcept, Observation } from '@medplum/fhirtypes';

import type { EncounterInput } from '../record';
import type { Refs } from '../references';
import { SYSTEMS, UCUM_BY_UNIT } from '../codes';
import { derivedId } from '../references';

/** One recorded value of an exam record, before it becomes an Observation. */
export interface Finding {
  kind: 'gait' | 'exam';
  key: string;
  label: string;
  side?: 'left' | 'right';
  value:
    { quantity: number; unit: string } | { concept: string; label: string } | { boolean: boolean };
  method?: string;
}

/** SNOMED's qualifier values for a special test's result; other concepts stay Stride-coded. */
const SNOMED_RESULTS: Readonly<Record<string, string>> = {
  positive: '10828004',
  negative: '260385009',
};

function valueOf(value: Finding['value']): Partial<Observation> {
  if ('quantity' in value) {
    const code = UCUM_BY_UNIT[value.unit];
    if (!code) throw new Error(`no UCUM code for the unit "${value.unit}"`);
    return {
      valueQuantity: { value: value.quantity, unit: value.unit, system: SYSTEMS.ucum, code },
    };
  }
  if ('boolean' in value) return { valueBoolean: value.boolean };
  const snomed = SNOMED_RESULTS[value.concept];
  const concept: CodeableConcept = {
    coding: [
      snomed
        ? { system: SYSTEMS.snomed, code: snomed, display: value.label }
        : { system: SYSTEMS.findingValue, code: value.concept, display: value.label },
    ],
    text: value.label,
  };
  return { valueCodeableConcept: concept };
}

export function findingObservation(e: EncounterInput, f: Finding, refs: Refs): Observation {
  const system = f.kind === 'gait' ? SYSTEMS.gaitMetric : SYSTEMS.examFinding;
  const sideLabel = f.side === 'left' ? 'Left' : 'Right';
  return {
    resourceType: 'Observation',
    id: derivedId(e.id, f.kind, f.side ?? 'both', f.key),
    status: e.status === 'signed' ? 'final' : 'preliminary',
    category: [
      {
        coding: [{ system: SYSTEMS.observationCategory, code: 'exam', display: 'Exam' }],
      },
    ],
    code: { coding: [{ system, code: f.key, display: f.label }], text: f.label },
    subject: refs.to('Patient', e.patientId),
    encounter: refs.to('Encounter', e.id),
    effectiveDateTime: e.signedAt ?? e.startedAt,
    performer: [refs.to('Practitioner', e.clinicianId)],
    ...valueOf(f.value),
    ...(f.side
      ? { bodySite: { text: `${sideLabel} ${f.kind === 'gait' ? 'lower limb' : 'knee'}` } }
      : {}),
    ...(f.method ? { method: { text: f.method } } : {}),
  };
}
