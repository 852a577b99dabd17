import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { authenticate, createAuthSession, hashPassword, loadViewer } from '@stride/auth';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
} from '@stride/db/testing';

import { callerAs, TEST_NOW, testEnv, viewerFor } from './helpers';

const kinds = await integrationKinds();
const PASSWORD = 'a-long-staff-password';

describe.each(kinds)('editing and deactivating staff on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;
  async function world(db: DatabaseHandle['db']) {
    const passwordHash = await hashPassword(PASSWORD);
    const org = await makeOrganization(db, 'Member Clinic');
    const north = await makeLocation(db, org.id, { name: 'North' });
    const south = await makeLocation(db, org.id, { name: 'South' });
    const admin = await makeMember(db, org.id, 'admin', { passwordHash });
    const clinician = await makeMember(db, org.id, 'clinician', {
      passwordHash,
      locationIds: [north.id],
    });
    const patient = await makeMember(db, org.id, 'patient');
    const other = await makeOrganization(db, 'Elsewhere');
    const otherClinician = await makeMember(db, other.id, 'clinician', { allLocations: true });
    return { org, north, south, admin, clinician, patient, other, otherClinician };
  }
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await world(handle.db);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  const admin = () => callerAs(env, viewerFor(w.admin, w.org, 'all'));
  async function sessionOf(email: string): Promise<string> {
    const auth = await authenticate(handle.db, { email, password: PASSWORD, now: TEST_NOW });
    if (!auth.ok) throw new Error(`sign-in refused: ${auth.reason}`);
    return createAuthSession(handle.db, { ...auth, now: TEST_NOW });
  }
  const auditActions = async (entityId: string) =>
    (
      await handle.db
        .select({ action: schema.auditLog.action })
        .from(schema.auditLog)
        .where(
          and(eq(schema.auditLog.organizationId, w.org.id), eq(schema.auditLog.entityId, entityId)),
        )
    ).map((r) => r.action);

  it('lists staff with role, locations and active flag, never patients', async () => {
    const list = await admin().staff.list();
    expect(list.members.map((m) => m.userId).sort()).toEqual([w.admin.id, w.clinician.id].sort());
    expect(list.members.find((m) => m.userId === w.clinician.id)).toMatchObject({
      role: 'clinician',
      locationIds: [w.north.id],
      active: true,
      isYou: false,
    });
  });

  it('a role and location change applies to the next request of a signed-in member', async () => {
    const sid = await sessionOf(w.clinician.email);
    await admin().staff.update({
      userId: w.clinician.id,
      role: 'front_desk',
      allLocations: false,
      locationIds: [w.south.id, w.north.id],
    });
    expect(await loadViewer(handle.db, sid, TEST_NOW)).toMatchObject({ role: 'front_desk' });
    expect([...((await loadViewer(handle.db, sid, TEST_NOW))?.locationIds ?? [])].sort()).toEqual(
      [w.north.id, w.south.id].sort(),
    );
    expect(await auditActions(w.clinician.id)).toContain('staff.update');
  });

  it('deactivating ends sessions at once and refuses sign-in; history and reactivation stay', async () => {
    const sid = await sessionOf(w.clinician.email);
    await admin().staff.setActive({ userId: w.clinician.id, active: false });
    expect(await loadViewer(handle.db, sid, TEST_NOW)).toBeNull();
    expect(
      await authenticate(handle.db, {
        email: w.clinician.email,
        password: PASSWORD,
        now: TEST_NOW,
      }),
    ).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(
      (await admin().staff.list()).members.find((m) => m.userId === w.clinician.id)?.active,
    ).toBe(false);

    await admin().staff.setActive({ userId: w.clinician.id, active: true });
    // The old cookie stays dead after reactivation; a fresh sign-in works.
    expect(await loadViewer(handle.db, sid, TEST_NOW)).toBeNull();
    expect(
      await loadViewer(handle.db, await sessionOf(w.clinician.email), TEST_NOW),
    ).not.toBeNull();
    expect(await auditActions(w.clinician.id)).toEqual(
      expect.arrayContaining(['staff.deactivate', 'staff.reactivate']),
    );
  });

  it('the last active admin can be neither demoted nor deactivated', async () => {
    const second = await makeMember(handle.db, w.org.id, 'admin', {
      passwordHash: await hashPassword(PASSWORD),
    });
    const asSecond = () => callerAs(env, viewerFor(second, w.org, 'all'));
    await expect(admin().staff.setActive({ userId: w.admin.id, active: false })).rejects.toThrow(
      /yourself/,
    );
    await asSecond().staff.setActive({ userId: w.admin.id, active: false });
    await expect(
      asSecond().staff.update({
        userId: second.id,
        role: 'clinician',
        allLocations: true,
        locationIds: [],
      }),
    ).rejects.toThrow(/without an active admin/);
    await asSecond().staff.setActive({ userId: w.admin.id, active: true });
    await expect(
      admin().staff.setActive({ userId: second.id, active: false }),
    ).resolves.toBeUndefined();
    await expect(
      admin().staff.update({
        userId: w.admin.id,
        role: 'clinician',
        allLocations: true,
        locationIds: [],
      }),
    ).rejects.toThrow(/without an active admin/);
  });

  it('patients and other organisations’ staff are not found', async () => {
    await expect(admin().staff.setActive({ userId: w.patient.id, active: false })).rejects.toThrow(
      /not found/,
    );
    await expect(
      admin().staff.update({
        userId: w.otherClinician.id,
        role: 'clinician',
        allLocations: true,
        locationIds: [],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
