import type { Practitioner } from '@medplum/fhirtypes';

import type { PractitionerInput } from '../record';

export function mapPractitioner(p: PractitionerInput): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: p.id,
    active: true,
    // Stride keeps one display name per person, so it goes in `text` rather than guessed parts.
    name: [{ use: 'official', text: p.name }],
    telecom: [{ system: 'email', value: p.email, use: 'work' }],
  };
}
