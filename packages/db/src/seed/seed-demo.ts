import { eq } from 'drizzle-orm';

import type { Database } from '../client';
import type { Sex } from '../schema';
import {
  appointmentTypes,
  locations,
  membershipLocations,
  memberships,
  organizations,
  patients,
  resources,
  users,
  workingHours,
} from '../schema';
import {
  DEFAULT_APPOINTMENT_TYPES,
  DEMO_ADMIN,
  DEMO_CLINICIANS,
  DEMO_FRONT_DESK,
  DEMO_LOCATIONS,
  DEMO_ORG,
  DEMO_WORKING_DAYS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  RACES,
} from './demo-data';
import { pick, seededRandom, seedUuid } from './deterministic';
import { seedHistory } from './seed-history';

export interface SeedDemoOptions {
  /** One argon2id hash of the demo password, shared by every demo account. */
  passwordHash: string;
  patientCount?: number;
  /** Past activity for the reports is dated back from here (default: the moment of seeding). */
  now?: Date;
}

export interface SeedDemoResult {
  organizationId: string;
  created: boolean;
}

/** The demo patient who has a portal account and is named in the README. */
export const DEMO_PATIENT_EMAIL = 'maya.alvarez@stride.example';

export async function isDemoSeeded(db: Database): Promise<boolean> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, DEMO_ORG.slug));
  return rows.length > 0;
}

/** Seeds "Stride Sports Clinics" once; the same input always yields the same rows and ids. */
export async function seedDemo(db: Database, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const organizationId = seedUuid('org');
  if (await isDemoSeeded(db)) return { organizationId, created: false };
  const rand = seededRandom(20261126);
  const locId = (key: string): string => seedUuid(`location:${key}`);
  const userId = (key: string): string => seedUuid(`user:${key}`);

  await db.transaction(async (tx) => {
    await tx
      .insert(organizations)
      .values({ id: organizationId, name: DEMO_ORG.name, slug: DEMO_ORG.slug });
    await tx.insert(locations).values(
      DEMO_LOCATIONS.map(({ key, ...l }) => ({
        ...l,
        openingHours: l.openingHours,
        organizationId,
        id: locId(key),
      })),
    );
    await tx.insert(resources).values(
      DEMO_LOCATIONS.flatMap(({ key }) => [
        {
          organizationId,
          id: seedUuid(`room:${key}:1`),
          locationId: locId(key),
          kind: 'exam_room' as const,
          name: 'Exam room 1',
        },
        {
          organizationId,
          id: seedUuid(`room:${key}:2`),
          locationId: locId(key),
          kind: 'exam_room' as const,
          name: 'Exam room 2',
        },
        {
          organizationId,
          id: seedUuid(`gait:${key}`),
          locationId: locId(key),
          kind: 'gait_lab' as const,
          name: 'Gait lab',
          hasTreadmill: true,
        },
      ]),
    );

    const staff = [
      { ...DEMO_ADMIN, role: 'admin' as const, locations: [] as string[], all: true },
      { ...DEMO_FRONT_DESK, role: 'front_desk' as const, all: false },
      ...DEMO_CLINICIANS.map((c) => ({ ...c, role: 'clinician' as const, all: false })),
    ];
    await tx.insert(users).values(
      staff.map((s) => ({
        id: userId(s.key),
        email: s.email,
        name: s.name,
        passwordHash: options.passwordHash,
      })),
    );
    await tx.insert(memberships).values(
      staff.map((s) => ({
        organizationId,
        userId: userId(s.key),
        role: s.role,
        allLocations: s.all,
      })),
    );
    await tx
      .insert(membershipLocations)
      .values(
        staff.flatMap((s) =>
          s.locations.map((l) => ({ organizationId, userId: userId(s.key), locationId: locId(l) })),
        ),
      );

    await tx.insert(appointmentTypes).values(
      DEFAULT_APPOINTMENT_TYPES.map((t) => ({
        ...t,
        resourceKinds: [...t.resourceKinds],
        organizationId,
        id: seedUuid(`type:${t.key}`),
      })),
    );
    await tx.insert(workingHours).values(
      DEMO_CLINICIANS.flatMap((c) =>
        Object.entries(DEMO_WORKING_DAYS[c.key] ?? {}).map(([weekday, location]) => {
          const saturday = weekday === '6';
          return {
            organizationId,
            clinicianId: userId(c.key),
            locationId: locId(location),
            weekday: Number(weekday),
            // Phoenix opens earlier; Saturdays are mornings only.
            startTime: location === 'phoenix' ? '07:00' : '08:00',
            endTime: saturday ? '12:00' : location === 'phoenix' ? '16:00' : '17:00',
          };
        }),
      ),
    );

    const count = options.patientCount ?? 40;
    for (let i = 0; i < count; i++) {
      const sex: Sex = i % 2 === 0 ? 'female' : 'male';
      const givenName = i === 0 ? 'Maya' : pick(rand, GIVEN_NAMES[sex]);
      const familyName = i === 0 ? 'Alvarez' : pick(rand, FAMILY_NAMES);
      const location = DEMO_LOCATIONS[i % DEMO_LOCATIONS.length] ?? DEMO_LOCATIONS[0];
      const clinicians = DEMO_CLINICIANS.filter((c) => c.locations.includes(location.key));
      const clinician = pick(rand, clinicians);
      const race = pick(rand, RACES);
      const email =
        i === 0
          ? DEMO_PATIENT_EMAIL
          : `${givenName}.${familyName}.${i}@runners.example`.toLowerCase();
      // A quarter of the demo patients use the portal; the rest were registered by the front desk.
      const hasPortal = i % 4 === 0;
      const patientUserId = hasPortal ? userId(`patient:${i}`) : null;
      if (patientUserId) {
        await tx.insert(users).values({
          id: patientUserId,
          email,
          name: `${givenName} ${familyName}`,
          passwordHash: options.passwordHash,
        });
        await tx
          .insert(memberships)
          .values({ organizationId, userId: patientUserId, role: 'patient' });
      }
      const year = 1970 + Math.floor(rand() * 35);
      const month = 1 + Math.floor(rand() * 12);
      const day = 1 + Math.floor(rand() * 28);
      await tx.insert(patients).values({
        organizationId,
        id: seedUuid(`patient:${i}`),
        userId: patientUserId,
        givenName,
        familyName,
        sex,
        dateOfBirth: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        email,
        phone: `+1 555 01${String(i).padStart(2, '0')}`,
        homeLocationId: locId(location.key),
        primaryClinicianId: userId(clinician.key),
        weeklyDistanceKm: Math.round((15 + rand() * 75) * 10) / 10,
        // One in five is not training for a race right now.
        targetRace: i % 5 === 4 ? null : race.name,
        targetRaceDate: i % 5 === 4 ? null : race.date,
      });
    }
    await seedHistory(tx, organizationId, options.now ?? new Date());
  });
  return { organizationId, created: true };
}
