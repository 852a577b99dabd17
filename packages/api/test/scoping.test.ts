import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
} from '@stride/db/testing';

import { callerAs, testEnv, viewerFor } from './helpers';

const kinds = await integrationKinds();

async function world(db: DatabaseHandle['db']) {
  const org = await makeOrganization(db, 'Home Clinics');
  const [north, south] = [
    await makeLocation(db, org.id, { name: 'North' }),
    await makeLocation(db, org.id, { name: 'South' }),
  ];
  const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [north.id] });
  const colleague = await makeMember(db, org.id, 'clinician', {
    locationIds: [north.id, south.id],
  });
  const desk = await makeMember(db, org.id, 'front_desk', { locationIds: [south.id] });
  const admin = await makeMember(db, org.id, 'admin');
  const patientUser = await makeMember(db, org.id, 'patient');
  const mine = await makePatient(db, org.id, {
    homeLocationId: north.id,
    primaryClinicianId: clinician.id,
    familyName: 'Mine',
    userId: patientUser.id,
  });
  const theirs = await makePatient(db, org.id, {
    homeLocationId: north.id,
    primaryClinicianId: colleague.id,
    familyName: 'Theirs',
  });
  const southern = await makePatient(db, org.id, {
    homeLocationId: south.id,
    primaryClinicianId: colleague.id,
    familyName: 'Southern',
  });
  const other = await makeOrganization(db, 'Other Group');
  const otherLoc = await makeLocation(db, other.id);
  const foreign = await makePatient(db, other.id, {
    homeLocationId: otherLoc.id,
    familyName: 'Foreign',
  });
  return {
    org,
    north,
    south,
    clinician,
    colleague,
    desk,
    admin,
    patientUser,
    mine,
    theirs,
    southern,
    foreign,
  };
}

describe.each(kinds)('scoping on %s', (kind) => {
  let handle: DatabaseHandle;
  let w: Awaited<ReturnType<typeof world>>;
  let env: Awaited<ReturnType<typeof testEnv>>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await world(handle.db);
  }, 60_000);
  afterAll(async () => {
    await env.stop();
    await handle.close();
  });

  const as = (who: 'clinician' | 'colleague' | 'desk' | 'admin' | 'patientUser') => {
    const scope = {
      clinician: [w.north.id],
      colleague: [w.north.id, w.south.id],
      desk: [w.south.id],
      admin: 'all' as const,
      patientUser: [],
    };
    return callerAs(env, viewerFor(w[who], w.org, scope[who]));
  };

  it("lists a clinician's own patients only, filtered and searched", async () => {
    const list = await as('clinician').caseload.list({});
    expect(list.scope).toBe('mine');
    expect(list.patients.map((p) => p.familyName)).toEqual(['Mine']);
    const colleague = await as('colleague').caseload.list({});
    expect(colleague.patients.map((p) => p.familyName)).toEqual(['Southern', 'Theirs']);
    expect(
      (await as('colleague').caseload.list({ locationId: w.south.id })).patients.map(
        (p) => p.familyName,
      ),
    ).toEqual(['Southern']);
    expect(
      (await as('colleague').caseload.list({ search: 'THEI' })).patients.map((p) => p.familyName),
    ).toEqual(['Theirs']);
    expect((await as('colleague').caseload.list({ search: '%' })).patients).toEqual([]);
  });

  it('shows the front desk every patient at its locations', async () => {
    const list = await as('desk').caseload.list({});
    expect(list.scope).toBe('locations');
    expect(list.patients.map((p) => p.familyName)).toEqual(['Southern']);
    expect(list.locations.map((l) => l.name)).toEqual(['South']);
  });

  it('opens a chart in scope and audits the read; outside scope or organisation is NOT_FOUND', async () => {
    const chart = await as('clinician').patients.getChart({ patientId: w.mine.id });
    expect(chart).toMatchObject({
      familyName: 'Mine',
      location: { name: 'North' },
      hasPortalAccount: true,
    });
    const audit = await handle.db
      .select()
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.organizationId, w.org.id), eq(schema.auditLog.patientId, w.mine.id)),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'patient.chart.read',
      actorUserId: w.clinician.id,
      outcome: 'success',
    });

    for (const [who, patientId] of [
      ['clinician', w.southern.id],
      ['desk', w.mine.id],
      ['clinician', w.foreign.id],
    ] as const) {
      await expect(as(who).patients.getChart({ patientId })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
  });

  it('gives a patient their own record and nothing else', async () => {
    const me = await as('patientUser').portal.me();
    expect(me.id).toBe(w.mine.id);
    await expect(
      as('patientUser').patients.getChart({ patientId: w.mine.id }),
    ).rejects.toBeInstanceOf(TRPCError);
  });

  it('shows an admin every location with rooms and staff', async () => {
    const overview = await as('admin').admin.listLocations();
    expect(overview.locations.map((l) => l.name)).toEqual(['North', 'South']);
    const north = overview.locations[0];
    expect(north?.rooms.map((r) => r.kind).sort()).toEqual(['exam_room', 'gait_lab']);
    expect(north?.staff.map((s) => s.userId).sort()).toEqual(
      [w.clinician.id, w.colleague.id].sort(),
    );
    expect(overview.organizationWideStaff.map((s) => s.userId)).toEqual([w.admin.id]);
    expect(JSON.stringify(overview)).not.toContain(w.foreign.id);
  });

  it('rejects malformed input with a message that names the problem', async () => {
    await expect(as('clinician').patients.getChart({ patientId: 'nope' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(as('clinician').caseload.list({ search: 'x'.repeat(101) })).rejects.toThrow(
      /at most 100/,
    );
  });
});
