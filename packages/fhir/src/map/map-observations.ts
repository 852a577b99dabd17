import type { Observation } from '@medplum/fhirtypes';

import type { EncounterInput } from '../record';
import type { Refs } from '../references';
import { examFindings } from './exam-findings';
import { findingObservation } from './finding-observation';
import { gaitFindings } from './gait-findings';

/** The encounter's gait metrics and exam findings, one Observation per recorded value. */
export function mapObservations(e: EncounterInput, refs: Refs): Observation[] {
  const findings = [
    ...gaitFindings(e.exam.gait),
    ...examFindings(e.exam.exam?.left, 'left'),
    ...examFindings(e.exam.exam?.right, 'right'),
  ];
  return findings.map((f) => findingObservation(e, f, refs));
}
