import type { ContactPoint, Patient } from '@medplum/fhirtypes';

import type { PatientInput } from '../record';
import type { Refs } from '../references';

export function mapPatient(p: PatientInput, refs: Refs): Patient {
  const telecom: ContactPoint[] = [];
  if (p.email) telecom.push({ system: 'email', value: p.email, use: 'home' });
  if (p.phone) telecom.push({ system: 'phone', value: p.phone, use: 'mobile' });
  return {
    resourceType: 'Patient',
    id: p.id,
    active: true,
    name: [{ use: 'official', family: p.familyName, given: [p.givenName] }],
    // Stride's sexes are exactly R4's administrative-gender codes.
    gender: p.sex,
    birthDate: p.dateOfBirth,
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(p.primaryClinicianId
      ? { generalPractitioner: [refs.to('Practitioner', p.primaryClinicianId)] }
      : {}),
  };
}
