/* eslint-disable @typescript-eslint/no-unsafe-member-access -- each case deliberately breaks the typed shape */
import type { Bundle } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';

import { buildPatientBundle, mapRecord, refs, validateBundle, validateResource } from '../src';
import { IDS, sampleRecord } from './fixtures';

const GENERATED_AT = '2026-11-26T17:00:00.000Z';
const bundle = (): Bundle => structuredClone(buildPatientBundle(sampleRecord(), GENERATED_AT));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Json = Record<string, any>;
const entry = (b: Bundle, type: string): Json =>
  (b.entry ?? []).find((e) => e.resource?.resourceType === type)?.resource as Json;
const byId = (b: Bundle, id: string): Json =>
  (b.entry ?? []).find((e) => e.resource?.id === id)?.resource as Json;

describe('the R4 structure check', () => {
  it('passes the bundle Stride builds', () => {
    const b = bundle();
    expect(validateBundle(b)).toEqual([]);
    expect(b.type).toBe('collection');
    expect(b.entry?.length).toBeGreaterThan(20);
  });

  it('passes each bulk-export resource on its own', () => {
    for (const r of mapRecord(sampleRecord(), refs('relative')))
      expect(validateResource(r)).toEqual([]);
  });

  // Each mutation breaks one R4 rule; the check must name it.
  it.each<[string, (b: Bundle) => void, string]>([
    ['missing Encounter.class', (b) => delete entry(b, 'Encounter').class, 'class: is required'],
    ['missing Observation.code', (b) => delete entry(b, 'Observation').code, 'code: is required'],
    [
      'missing Appointment.participant.status',
      (b) => delete entry(b, 'Appointment').participant[1].status,
      'participant.status',
    ],
    ['empty participant list', (b) => (entry(b, 'Appointment').participant = []), 'ele-1'],
    ['missing CarePlan.intent', (b) => delete entry(b, 'CarePlan').intent, 'intent: is required'],
    [
      'missing Condition.subject',
      (b) => delete entry(b, 'Condition').subject,
      'subject: is required',
    ],
    [
      'missing QuestionnaireResponse.item.linkId',
      (b) => delete entry(b, 'QuestionnaireResponse').item[0].linkId,
      'item.linkId',
    ],
    [
      'status outside the value set',
      (b) => (entry(b, 'Appointment').status = 'completed'),
      'value set',
    ],
    ['gender outside the value set', (b) => (entry(b, 'Patient').gender = 'f'), 'value set'],
    [
      'clinical status from the wrong system',
      (b) => (entry(b, 'Condition').clinicalStatus.coding[0].system = 'http://example.org'),
      'needs a coding',
    ],
    [
      'unknown clinical status',
      (b) => (entry(b, 'Condition').clinicalStatus.coding[0].code = 'ongoing'),
      'not in',
    ],
    [
      'unknown element',
      (b) => (entry(b, 'Appointment').cancellationReason = { text: 'x' }),
      'not an element',
    ],
    [
      'dangling reference',
      (b) =>
        (entry(b, 'Encounter').subject.reference = 'urn:uuid:00000000-0000-4000-8000-000000000000'),
      'does not resolve',
    ],
    [
      'reference to the wrong type',
      (b) => (entry(b, 'Encounter').subject.reference = `urn:uuid:${IDS.location}`),
      'may not point at a Location',
    ],
    ['two values', (b) => (entry(b, 'Observation').valueBoolean = true), 'value[x]'],
    ['bad birth date', (b) => (entry(b, 'Patient').birthDate = '12/04/1991'), 'valid date'],
    [
      'start without a time zone',
      (b) => (entry(b, 'Appointment').start = '2026-10-01T16:00:00'),
      'valid instant',
    ],
    ['end without start', (b) => delete entry(b, 'Appointment').start, 'app-2'],
    [
      'unit code without system',
      (b) => delete entry(b, 'Observation').valueQuantity.system,
      'qty-3',
    ],
    [
      'abated but active',
      (b) => (byId(b, IDS.diagnosis).abatementDateTime = '2026-11-01'),
      'con-4',
    ],
    ['empty string', (b) => (entry(b, 'Location').name = ' '), 'ele-1'],
    ['bad id', (b) => (entry(b, 'Practitioner').id = 'has spaces'), 'valid id'],
    ['duplicate fullUrl', (b) => b.entry?.push(structuredClone(b.entry[0] ?? {})), 'bdl-7'],
    [
      'fullUrl not matching id',
      (b) => b.entry?.[1] && (b.entry[1].fullUrl = `urn:uuid:${IDS.response}`),
      'does not match',
    ],
    ['total on a collection', (b) => (b.total = 3), 'bdl-1'],
    ['unknown bundle type', (b) => ((b as Json).type = 'bag'), 'bundle type'],
  ])('fails a bundle with %s', (_name, mutate, expected) => {
    const b = bundle();
    mutate(b);
    const issues = validateBundle(b);
    expect(issues.map((i) => `${i.path}: ${i.message}`).join('\n')).toContain(expected);
  });

  it('fails a resource of a type it does not know', () => {
    expect(validateResource({ resourceType: 'Basic', id: 'x' })[0]?.message).toContain(
      'not one Stride emits',
    );
  });
});
