import { randomUUID } from 'node:crypto';

import type { Database } from '../client';
import type { Role, Sex, WeeklyHours } from '../schema';
import {
  appointmentTypes,
  locations,
  membershipLocations,
  memberships,
  organizations,
  patients,
  resources,
  users,
  weekdays,
  workingHours,
} from '../schema';
import { DEFAULT_APPOINTMENT_TYPES } from '../seed/demo-data';

/** Factories give each test its own organisation and people; nothing relies on seed rows. */
export async function makeOrganization(
  db: Database,
  name = 'Test Clinic Group',
): Promise<{ id: string; name: string }> {
  const id = randomUUID();
  await db.insert(organizations).values({ id, name, slug: `test-${id}` });
  return { id, name };
}

export async function makeLocation(
  db: Database,
  organizationId: string,
  overrides: {
    name?: string;
    timeZone?: string;
    openingHours?: WeeklyHours;
    minNoticeMinutes?: number;
  } = {},
): Promise<{ id: string; name: string }> {
  const id = randomUUID();
  const name = overrides.name ?? `Location ${id.slice(0, 6)}`;
  await db.insert(locations).values({
    organizationId,
    id,
    name,
    addressLine1: '1 Test Street',
    city: 'Testville',
    region: 'CA',
    postalCode: '90000',
    timeZone: overrides.timeZone ?? 'America/Los_Angeles',
    minNoticeMinutes: overrides.minNoticeMinutes ?? 0,
    openingHours:
      overrides.openingHours ??
      Object.fromEntries(weekdays.map((d) => [d, [{ start: '07:00', end: '19:00' }]])),
  });
  await db.insert(resources).values([
    { organizationId, locationId: id, kind: 'exam_room', name: 'Exam room 1' },
    { organizationId, locationId: id, kind: 'gait_lab', name: 'Gait lab', hasTreadmill: true },
  ]);
  return { id, name };
}

export interface MadeUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export async function makeMember(
  db: Database,
  organizationId: string,
  role: Role,
  options: {
    locationIds?: string[];
    allLocations?: boolean;
    passwordHash?: string;
    name?: string;
  } = {},
): Promise<MadeUser> {
  const id = randomUUID();
  const email = `${role}-${id}@test.example`;
  const name = options.name ?? `${role} ${id.slice(0, 6)}`;
  await db.insert(users).values({ id, email, name, passwordHash: options.passwordHash ?? null });
  await db.insert(memberships).values({
    organizationId,
    userId: id,
    role,
    allLocations: options.allLocations ?? role === 'admin',
  });
  for (const locationId of options.locationIds ?? []) {
    await db.insert(membershipLocations).values({ organizationId, userId: id, locationId });
  }
  return { id, email, name, role };
}

export async function makePatient(
  db: Database,
  organizationId: string,
  options: {
    homeLocationId: string;
    primaryClinicianId?: string;
    userId?: string;
    givenName?: string;
    familyName?: string;
    sex?: Sex;
  },
): Promise<{ id: string; givenName: string; familyName: string }> {
  const id = randomUUID();
  const givenName = options.givenName ?? 'Test';
  const familyName = options.familyName ?? `Runner-${id.slice(0, 6)}`;
  await db.insert(patients).values({
    organizationId,
    id,
    userId: options.userId ?? null,
    givenName,
    familyName,
    sex: options.sex ?? 'female',
    dateOfBirth: '1990-05-17',
    email: `patient-${id}@test.example`,
    homeLocationId: options.homeLocationId,
    primaryClinicianId: options.primaryClinicianId ?? null,
    weeklyDistanceKm: 40,
    targetRace: 'Test Marathon',
    targetRaceDate: '2027-03-14',
  });
  return { id, givenName, familyName };
}

/** The default appointment types for a test organisation; returns their ids by key. */
export async function makeAppointmentTypes(
  db: Database,
  organizationId: string,
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const t of DEFAULT_APPOINTMENT_TYPES) {
    const id = randomUUID();
    ids[t.key] = id;
    await db
      .insert(appointmentTypes)
      .values({ ...t, resourceKinds: [...t.resourceKinds], organizationId, id });
  }
  return ids;
}

/** Weekly hours for a clinician at a location (ISO weekdays, wall clock). */
export async function makeWorkingHours(
  db: Database,
  organizationId: string,
  clinicianId: string,
  locationId: string,
  days: number[] = [1, 2, 3, 4, 5, 6, 7],
  hours: { start: string; end: string } = { start: '08:00', end: '17:00' },
): Promise<void> {
  await db.insert(workingHours).values(
    days.map((weekday) => ({
      organizationId,
      clinicianId,
      locationId,
      weekday,
      startTime: hours.start,
      endTime: hours.end,
    })),
  );
}
