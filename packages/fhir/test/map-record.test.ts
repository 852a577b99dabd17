import type {
  Appointment,
  CarePlan,
  Condition,
  Observation,
  QuestionnaireResponse,
} from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';

import type { Measure } from '@stride/exam-schema';
import {
  examMeasures,
  gaitMeasures,
  gaitProtocolMeasures,
  mobilityMeasures,
  strengthMeasures,
} from '@stride/exam-schema';

import type { StrideAppointmentStatus } from '../src';
import { APPOINTMENT_STATUS, mapRecord, refs, SYSTEMS, UCUM_BY_UNIT } from '../src';
import { IDS, sampleRecord } from './fixtures';

const resources = mapRecord(sampleRecord(), refs('relative'));
const ofType = <T>(type: string): T[] =>
  resources.filter((r) => r.resourceType === type) as unknown as T[];
const observations = ofType<Observation>('Observation');
const byCode = (code: string, side?: string): Observation | undefined =>
  observations.find(
    (o) =>
      o.code.coding?.[0]?.code === code &&
      (side ? o.bodySite?.text?.startsWith(side) : !o.bodySite),
  );

describe('mapping a record to R4', () => {
  it('emits each resource type the record has, the patient first', () => {
    expect(resources[0]?.resourceType).toBe('Patient');
    const counts = Object.fromEntries(
      [
        'Practitioner',
        'Location',
        'Appointment',
        'Encounter',
        'Condition',
        'CarePlan',
        'QuestionnaireResponse',
      ].map((t) => [t, ofType(t).length]),
    );
    expect(counts).toEqual({
      Practitioner: 2,
      Location: 1,
      Appointment: 2,
      Encounter: 1,
      Condition: 2,
      CarePlan: 2,
      QuestionnaireResponse: 1,
    });
  });

  it.each([
    ['cadenceSpm', undefined, 164, '/min'],
    ['contralateralPelvicDropDeg', 'Right', 7.5, 'deg'],
    ['peakTibialAccelerationG', 'Right', 9.2, '[g]'],
    ['groundContactTimeMs', 'Right', 248, 'ms'],
    ['singleLegSquatFppaDeg', 'Right', 18, 'deg'],
    ['hipAbductionNmPerKg', 'Right', 1.4, 'N.m/kg'],
    ['ankleDorsiflexionKneeToWallCm', 'Right', 9, 'cm'],
  ])('%s (%s) is a UCUM quantity', (code, side, value, ucum) => {
    const o = byCode(code, side);
    expect(o?.valueQuantity).toMatchObject({ value, system: SYSTEMS.ucum, code: ucum });
    expect(o?.status).toBe('final');
    expect(o?.encounter?.reference).toBe(`Encounter/${IDS.encounter}`);
  });

  it('codes test results in SNOMED and other findings in Stride terms', () => {
    expect(byCode('test.clarke', 'Right')?.valueCodeableConcept?.coding?.[0]).toMatchObject({
      system: SYSTEMS.snomed,
      code: '10828004',
    });
    expect(byCode('test.ober', 'Right')?.valueCodeableConcept?.coding?.[0]?.code).toBe('260385009');
    expect(byCode('palpation.lateral_retinaculum', 'Right')?.valueCodeableConcept?.text).toBe(
      'Tender',
    );
    expect(byCode('neuro.quadricepsWeakness', 'Right')?.valueBoolean).toBe(true);
    expect(byCode('crossoverGait')?.valueBoolean).toBe(false);
    expect(byCode('dynamicKneeValgus', 'Right')?.method?.text).toBe(
      'Treadmill, 11 km/h, Smartphone camera',
    );
  });

  it('gives observations ids that are stable across exports and distinct per finding', () => {
    const again = mapRecord(sampleRecord(), refs('relative')).filter(
      (r) => r.resourceType === 'Observation',
    );
    expect(again.map((r) => r.id)).toEqual(observations.map((o) => o.id));
    expect(new Set(observations.map((o) => o.id)).size).toBe(observations.length);
  });

  it('has a UCUM code for every unit exam-schema measures in', () => {
    const tables: Readonly<Record<string, Measure>>[] = [
      gaitMeasures,
      examMeasures,
      strengthMeasures,
      mobilityMeasures,
      gaitProtocolMeasures,
    ];
    for (const m of tables.flatMap((t) => Object.values(t)))
      expect(UCUM_BY_UNIT[m.unit], m.label).toBeDefined();
  });

  it.each(Object.entries(APPOINTMENT_STATUS))('appointment %s becomes %s', (status, fhir) => {
    const record = sampleRecord();
    const appt = {
      ...record.appointments[0],
      status: status as StrideAppointmentStatus,
    } as (typeof record.appointments)[0];
    const [mapped] = mapRecord({ ...record, appointments: [appt] }, refs('relative')).filter(
      (r): r is Appointment => r.resourceType === 'Appointment',
    );
    expect(mapped?.status).toBe(fhir);
  });

  it('codes diagnoses in ICD-10-CM, the superseded one inactive', () => {
    const [old, current] = ofType<Condition>('Condition');
    expect(current?.code?.coding?.[0]).toEqual({
      system: 'http://hl7.org/fhir/sid/icd-10-cm',
      code: 'M22.2X1',
      display: 'Patellofemoral malalignment',
    });
    expect(current?.clinicalStatus?.coding?.[0]?.code).toBe('active');
    expect(old?.clinicalStatus?.coding?.[0]?.code).toBe('inactive');
    const record = sampleRecord();
    const discharged = mapRecord(
      { ...record, diagnoses: record.diagnoses.map((d) => ({ ...d, discharged: true })) },
      refs('relative'),
    );
    expect(
      (discharged.find((r) => r.resourceType === 'Condition') as Condition).clinicalStatus
        ?.coding?.[0]?.code,
    ).toBe('resolved');
  });

  it('links plan versions and what they address', () => {
    const [v1, v2] = ofType<CarePlan>('CarePlan');
    expect(v1?.status).toBe('revoked');
    expect(v2).toMatchObject({
      status: 'active',
      intent: 'plan',
      replaces: [{ reference: `CarePlan/${IDS.planV1}` }],
      addresses: [{ reference: `Condition/${IDS.diagnosis}` }],
    });
    expect(v2?.activity?.[0]?.detail?.status).toBe('in-progress');
  });

  it('keeps an unanswered item without an answer', () => {
    const [qr] = ofType<QuestionnaireResponse>('QuestionnaireResponse');
    expect(qr?.questionnaire).toBe('https://stride.example/fhir/Questionnaire/nprs|1');
    expect(qr?.item).toEqual([
      { linkId: 'usual', answer: [{ valueInteger: 4 }] },
      { linkId: 'worst', answer: [{ valueInteger: 7 }] },
      { linkId: 'best' },
    ]);
  });

  it('writes references as urn:uuid for bundles and Type/id for bulk files', () => {
    expect(refs('urn').to('Patient', IDS.patient).reference).toBe(`urn:uuid:${IDS.patient}`);
    expect(refs('relative').to('Patient', IDS.patient).reference).toBe(`Patient/${IDS.patient}`);
  });
});
