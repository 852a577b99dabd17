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

describe.each(kinds)('caseload flags on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;
  async function world(db: DatabaseHandle['db']) {
    const org = await makeOrganization(db);
    const loc = await makeLocation(db, org.id);
    const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
    const desk = await makeMember(db, org.id, 'front_desk', { locationIds: [loc.id] });
    const calm = await makePatient(db, org.id, {
      homeLocationId: loc.id,
      primaryClinicianId: clinician.id,
      familyName: 'Aardvark',
    });
    const flagged = await makePatient(db, org.id, {
      homeLocationId: loc.id,
      primaryClinicianId: clinician.id,
      familyName: 'Zebra',
    });
    await db.insert(schema.intakes).values({
      organizationId: org.id,
      patientId: flagged.id,
      version: 1,
      status: 'submitted',
      data: { side: 'right', redFlags: ['calf_swelling_or_tenderness'] },
      redFlags: ['calf_swelling_or_tenderness'],
      submittedAt: new Date('2026-11-20T10:00:00Z'),
    });
    return { org, loc, clinician, desk, calm, flagged };
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

  const doc = () => callerAs(env, viewerFor(w.clinician, w.org, [w.loc.id]));

  it('flags a red flag from intake and puts that patient first', async () => {
    const list = await doc().caseload.list({});
    expect(list.patients.map((p) => p.familyName)).toEqual(['Zebra', 'Aardvark']);
    expect(list.patients[0]?.flags).toEqual([
      expect.objectContaining({ id: 'red_flag_reported', severity: 'urgent' }),
    ]);
    expect(list.patients[0]?.flags[0]?.message).toContain('Calf swelling or tenderness');
    expect((await doc().caseload.list({ sort: 'name' })).patients.map((p) => p.familyName)).toEqual(
      ['Aardvark', 'Zebra'],
    );
  });

  it('filters by flag, and shows the front desk no clinical flags', async () => {
    expect(
      (await doc().caseload.list({ flag: 'red_flag_reported' })).patients.map((p) => p.familyName),
    ).toEqual(['Zebra']);
    expect((await doc().caseload.list({ flag: 'low_adherence' })).patients).toEqual([]);
    const desk = await callerAs(env, viewerFor(w.desk, w.org, [w.loc.id])).caseload.list({});
    expect(desk.patients.every((p) => p.flags.length === 0)).toBe(true);
  });
});
