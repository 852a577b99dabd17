/**
 * Where Stride's own codes live. Gait metrics and exam findings have no agreed LOINC or SNOMED
 * codes, so they are coded in Stride's namespace (a URI that names, not one that resolves).
 */
export const STRIDE_FHIR_BASE = 'https://stride.example/fhir';

export const SYSTEMS = {
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  ucum: 'http://unitsofmeasure.org',
  snomed: 'http://snomed.info/sct',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  gaitMetric: `${STRIDE_FHIR_BASE}/CodeSystem/gait-metric`,
  examFinding: `${STRIDE_FHIR_BASE}/CodeSystem/exam-finding`,
  findingValue: `${STRIDE_FHIR_BASE}/CodeSystem/finding-value`,
} as const;

/** The canonical URL of an instrument's Questionnaire, versioned the way R4 canonicals are. */
export function questionnaireCanonical(instrumentId: string, version: string): string {
  return `${STRIDE_FHIR_BASE}/Questionnaire/${instrumentId}|${version}`;
}

/**
 * exam-schema's display units → UCUM. `[g]` is UCUM's standard gravity, the unit of tibial
 * shock; counts use UCUM annotations. A unit missing here is a test failure, not a guess.
 */
export const UCUM_BY_UNIT: Readonly<Record<string, string>> = {
  'steps/min': '/min',
  '°': 'deg',
  g: '[g]',
  cm: 'cm',
  ms: 'ms',
  'N·m/kg': 'N.m/kg',
  'km/h': 'km/h',
  '%': '%',
  fps: '/s',
  steps: '{steps}',
  km: 'km',
};
