import type { Location } from '@medplum/fhirtypes';

import type { LocationInput } from '../record';

export function mapLocation(l: LocationInput): Location {
  return {
    resourceType: 'Location',
    id: l.id,
    status: 'active',
    name: l.name,
    mode: 'instance',
    address: {
      use: 'work',
      line: [l.addressLine1],
      city: l.city,
      state: l.region,
      postalCode: l.postalCode,
      country: l.country,
    },
  };
}
