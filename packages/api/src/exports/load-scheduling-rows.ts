import { and, asc, eq, inArray } from 'drizzle-orm';

import type { Database } from '@stride/db';
import type {
  AppointmentInput,
  LocationInput,
  PatientInput,
  PractitionerInput,
} from '@stride/fhir';
import { schema } from '@stride/db';

import type { RowFilter } from './row-filter';
import { filterSql, iso, pageLimit } from './row-filter';

const { appointments, appointmentTypes, locations, memberships, patients, users } = schema;

export async function loadPatients(
  db: Database,
  org: string,
  filter: RowFilter,
): Promise<PatientInput[]> {
  const cols = { org: patients.organizationId, id: patients.id, patient: patients.id };
  return db
    .select({
      id: patients.id,
      givenName: patients.givenName,
      familyName: patients.familyName,
      sex: patients.sex,
      dateOfBirth: patients.dateOfBirth,
      email: patients.email,
      phone: patients.phone,
      primaryClinicianId: patients.primaryClinicianId,
    })
    .from(patients)
    .where(filterSql(filter, cols, org))
    .orderBy(asc(patients.id))
    .limit(pageLimit(filter));
}

/**
 * Clinicians: by id for one record (whoever it mentions), or every clinician membership of the
 * organisation, deactivated ones included, so old records still resolve.
 */
export async function loadPractitioners(
  db: Database,
  org: string,
  filter: { ids: string[] } | { after: string | null; limit: number },
): Promise<PractitionerInput[]> {
  if ('ids' in filter && filter.ids.length === 0) return [];
  const scope =
    'ids' in filter
      ? inArray(memberships.userId, filter.ids)
      : and(
          eq(memberships.role, 'clinician'),
          filterSql(filter, { org: memberships.organizationId, id: memberships.userId }, org),
        );
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, org), scope))
    .orderBy(asc(memberships.userId))
    .limit('ids' in filter ? filter.ids.length : filter.limit);
}

export async function loadLocations(
  db: Database,
  org: string,
  filter: { ids: string[] } | { after: string | null; limit: number },
): Promise<LocationInput[]> {
  if ('ids' in filter && filter.ids.length === 0) return [];
  const scope =
    'ids' in filter
      ? and(eq(locations.organizationId, org), inArray(locations.id, filter.ids))
      : filterSql(filter, { org: locations.organizationId, id: locations.id }, org);
  return db
    .select({
      id: locations.id,
      name: locations.name,
      addressLine1: locations.addressLine1,
      city: locations.city,
      region: locations.region,
      postalCode: locations.postalCode,
      country: locations.country,
    })
    .from(locations)
    .where(scope)
    .orderBy(asc(locations.id))
    .limit('ids' in filter ? filter.ids.length : filter.limit);
}

export async function loadAppointments(
  db: Database,
  org: string,
  filter: RowFilter,
): Promise<AppointmentInput[]> {
  const cols = {
    org: appointments.organizationId,
    id: appointments.id,
    patient: appointments.patientId,
  };
  const rows = await db
    .select({
      id: appointments.id,
      patientId: appointments.patientId,
      clinicianId: appointments.clinicianId,
      locationId: appointments.locationId,
      typeName: appointmentTypes.name,
      status: appointments.status,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      createdAt: appointments.createdAt,
      cancelReason: appointments.cancelReason,
    })
    .from(appointments)
    .innerJoin(
      appointmentTypes,
      and(
        eq(appointmentTypes.organizationId, appointments.organizationId),
        eq(appointmentTypes.id, appointments.appointmentTypeId),
      ),
    )
    .where(filterSql(filter, cols, org))
    .orderBy(asc(appointments.id))
    .limit(pageLimit(filter));
  return rows.map((r) => ({
    ...r,
    startsAt: iso(r.startsAt),
    endsAt: iso(r.endsAt),
    createdAt: iso(r.createdAt),
  }));
}
