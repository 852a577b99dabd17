import type { Bundle } from '@medplum/fhirtypes';

import type { PatientRecord } from './record';
import { mapRecord } from './map-record';
import { derivedId, refs } from './references';

/**
 * One patient's record as a `collection` Bundle. Not a `document`: a document is an attested
 * composition with a Composition first and a fixed author, whereas this is the raw record handed
 * to the patient or the next clinic. Entries are named by `urn:uuid:` and every reference points
 * at one of them, so the bundle resolves without a server.
 */
export function buildPatientBundle(record: PatientRecord, generatedAt: string): Bundle {
  const resources = mapRecord(record, refs('urn'));
  const id = derivedId('bundle', record.patient.id, generatedAt);
  return {
    resourceType: 'Bundle',
    id,
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${id}` },
    type: 'collection',
    timestamp: generatedAt,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id ?? ''}`, resource })),
  };
}
