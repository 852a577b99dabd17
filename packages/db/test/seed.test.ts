import { asc, count, eq, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../src';
import { seedDemo } from '../src';
import {
  appointments,
  diagnoses,
  locations,
  membershipLocations,
  memberships,
  patients,
  questionnaireResponses,
  resources,
  users,
} from '../src/schema';
import { createTestDatabase, integrationKinds } from '../src/testing';

const kinds = await integrationKinds();
const SEED_NOW = new Date('2026-11-26T17:00:00Z');

describe.each(kinds)('demo seed on %s', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  }, 60_000);
  afterAll(async () => handle.close());

  it('creates the demo organisation once, with the promised shape', async () => {
    const { db } = handle;
    const first = await seedDemo(db, { passwordHash: 'x', now: SEED_NOW });
    const again = await seedDemo(db, { passwordHash: 'x', now: SEED_NOW });
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

  it('has months of history for the reports, none of it in the last week', async () => {
    const { db } = handle;
    const byStatus = Object.fromEntries(
      (
        await db
          .select({ status: appointments.status, n: count() })
          .from(appointments)
          .groupBy(appointments.status)
      ).map((r) => [r.status, r.n]),
    );
    expect(byStatus.completed).toBeGreaterThan(40);
    expect(byStatus.no_show).toBeGreaterThan(0);
    expect(byStatus.cancelled).toBeGreaterThan(0);
    const [latest] = await db.select({ at: max(appointments.startsAt) }).from(appointments);
    expect(latest?.at?.getTime()).toBeLessThan(SEED_NOW.getTime() - 6 * 86_400_000);
    const [dx] = await db.select({ n: count() }).from(diagnoses);
    const [nprs] = await db.select({ n: count() }).from(questionnaireResponses);
    expect(dx?.n).toBeGreaterThan(10);
    expect(nprs?.n).toBeGreaterThan(dx?.n ?? 0);
    const sources = await db.selectDistinct({ s: patients.referralSource }).from(patients);
    expect(sources.length).toBeGreaterThan(3);
  });

  it('is deterministic: the same ids and names every time', async () => {
    const other = await createTestDatabase('pglite');
    try {
      await seedDemo(other.db, { passwordHash: 'x', now: SEED_NOW });
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
      const visits = (db: DatabaseHandle['db']) =>
        db
          .select({ id: appointments.id, at: appointments.startsAt, status: appointments.status })
          .from(appointments)
          .orderBy(asc(appointments.id));
      expect(await visits(other.db)).toEqual(await visits(handle.db));
    } finally {
      await other.close();
    }
  }, 60_000);
});
