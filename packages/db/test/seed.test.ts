import { asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../src';
import { seedDemo } from '../src';
import {
  locations,
  membershipLocations,
  memberships,
  patients,
  resources,
  users,
} from '../src/schema';
import { createTestDatabase, integrationKinds } from '../src/testing';

const kinds = await integrationKinds();

describe.each(kinds)('demo seed on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  }, 60_000);
  afterAll(async () => handle.close());

  it('creates the demo organisation once, with the promised shape', async () => {
    const { db } = handle;
    const first = await seedDemo(db, { passwordHash: 'x' });
    const again = await seedDemo(db, { passwordHash: 'x' });
    expect(first.created).toBe(true);
    expect(again).toEqual({ organizationId: first.organizationId, created: false });

    const locs = await db.select().from(locations).orderBy(asc(locations.name));
    expect(locs.map((l) => [l.name, l.timeZone])).toEqual([
      ['Pasadena', 'America/Los_Angeles'],
      ['Phoenix', 'America/Phoenix'],
      ['Santa Monica', 'America/Los_Angeles'],
    ]);
    const rooms = await db
      .select({ kind: resources.kind, n: count() })
      .from(resources)
      .groupBy(resources.kind);
    expect(Object.fromEntries(rooms.map((r) => [r.kind, r.n]))).toEqual({
      exam_room: 6,
      gait_lab: 3,
    });

    const roleCounts = await db
      .select({ role: memberships.role, n: count() })
      .from(memberships)
      .groupBy(memberships.role);
    expect(Object.fromEntries(roleCounts.map((r) => [r.role, r.n]))).toMatchObject({
      admin: 1,
      clinician: 6,
      front_desk: 1,
    });

    const clinicianSites = await db
      .select({ userId: membershipLocations.userId, n: count() })
      .from(membershipLocations)
      .innerJoin(memberships, eq(memberships.userId, membershipLocations.userId))
      .where(eq(memberships.role, 'clinician'))
      .groupBy(membershipLocations.userId);
    expect(clinicianSites.filter((c) => c.n === 2)).toHaveLength(2);

    const pts = await db.select().from(patients);
    expect(pts).toHaveLength(40);
    expect(
      pts.filter((p) => p.targetRace === 'Los Angeles Marathon').length,
    ).toBeGreaterThanOrEqual(3);
    expect(
      pts.every((p) => p.organizationId === first.organizationId && p.primaryClinicianId),
    ).toBe(true);
  });

  it('is deterministic: the same ids and names every time', async () => {
    const other = await createTestDatabase('pglite');
    try {
      await seedDemo(other.db, { passwordHash: 'x' });
      const pick = (db: DatabaseHandle['db']) =>
        db
          .select({
            id: patients.id,
            name: patients.familyName,
            dob: patients.dateOfBirth,
            km: patients.weeklyDistanceKm,
          })
          .from(patients)
          .orderBy(asc(patients.id));
      expect(await pick(other.db)).toEqual(await pick(handle.db));
      const emails = async (db: DatabaseHandle['db']) =>
        (await db.select({ e: users.email }).from(users).orderBy(asc(users.email))).map((u) => u.e);
      expect(await emails(other.db)).toEqual(await emails(handle.db));
    } finally {
      await other.close();
    }
  }, 60_000);
});
