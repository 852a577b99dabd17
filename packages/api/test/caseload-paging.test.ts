import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database, DatabaseHandle } from '@stride/db';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
} from '@stride/db/testing';

import { callerAs, testEnv, viewerFor } from './helpers';

// The caseload pages in SQL: 50 a page, a total across pages, the flag filter and both orders
// applied before the page is cut.
const kinds = await integrationKinds();
const MINE = 120;
const RED = [7, 30, 64, 88, 101, 115, 119]; // which of mine reported a red flag at intake

async function world(db: Database) {
  const org = await makeOrganization(db, 'Paging Clinic');
  const loc = await makeLocation(db, org.id);
  const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
  const colleague = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
  const desk = await makeMember(db, org.id, 'front_desk', { locationIds: [loc.id] });
  const patient = (n: number, clinicianId: string) => ({
    organizationId: org.id,
    id: randomUUID(),
    givenName: `Given${String(n).padStart(3, '0')}`,
    familyName: `Family${String(n).padStart(3, '0')}`,
    sex: 'female' as const,
    dateOfBirth: '1990-01-01',
    homeLocationId: loc.id,
    primaryClinicianId: clinicianId,
  });
  const mine = Array.from({ length: MINE }, (_, n) => patient(n, clinician.id));
  const theirs = Array.from({ length: 5 }, (_, n) => patient(MINE + n, colleague.id));
  await db.insert(schema.patients).values([...mine, ...theirs]);
  await db.insert(schema.intakes).values(
    RED.map((n) => ({
      organizationId: org.id,
      patientId: mine[n]?.id ?? '',
      version: 1,
      status: 'submitted' as const,
      data: { side: 'right' },
      redFlags: ['calf_swelling_or_tenderness'],
      submittedAt: new Date('2026-11-20T10:00:00Z'),
    })),
  );
  return { org, loc, clinician, desk, mine };
}

describe.each(kinds)('caseload paging on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;
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
  const names = (list: { patients: { familyName: string }[] }) =>
    list.patients.map((p) => p.familyName);
  const family = (n: number) => `Family${String(n).padStart(3, '0')}`;

  it('puts flagged patients first, then pages through the rest by name', async () => {
    const first = await doc().caseload.list({});
    expect(first).toMatchObject({ page: 1, pageSize: 50, total: MINE });
    expect(first.patients).toHaveLength(50);
    expect(names(first).slice(0, RED.length)).toEqual(RED.map(family));
    const unflagged = Array.from({ length: MINE }, (_, n) => n).filter((n) => !RED.includes(n));
    expect(names(first).slice(RED.length)).toEqual(unflagged.slice(0, 50 - RED.length).map(family));
    const third = await doc().caseload.list({ page: 3 });
    expect(third).toMatchObject({ page: 3, total: MINE });
    expect(names(third)).toEqual(unflagged.slice(100 - RED.length).map(family));
  });

  it('sorts by name on request, and past the last page lists nobody but keeps the total', async () => {
    const second = await doc().caseload.list({ sort: 'name', page: 2 });
    expect(names(second)).toEqual(Array.from({ length: 50 }, (_, n) => family(50 + n)));
    const beyond = await doc().caseload.list({ sort: 'name', page: 4 });
    expect(beyond).toMatchObject({ page: 4, total: MINE, patients: [] });
  });

  it('filters by flag before paging', async () => {
    const red = await doc().caseload.list({ flag: 'red_flag_reported' });
    expect(red.total).toBe(RED.length);
    expect(names(red)).toEqual(RED.map(family));
    expect(red.patients.every((p) => p.flags.some((f) => f.id === 'red_flag_reported'))).toBe(true);
    expect(await doc().caseload.list({ flag: 'red_flag_reported', page: 2 })).toMatchObject({
      total: RED.length,
      patients: [],
    });
    const searched = await doc().caseload.list({ flag: 'red_flag_reported', search: 'Family1' });
    expect(names(searched)).toEqual(RED.filter((n) => n >= 100).map(family));
  });

  it('pages the front desk by name over every patient at the location, without flags', async () => {
    const desk = callerAs(env, viewerFor(w.desk, w.org, [w.loc.id]));
    const first = await desk.caseload.list({});
    expect(first).toMatchObject({ scope: 'locations', total: MINE + 5 });
    expect(names(first)).toEqual(Array.from({ length: 50 }, (_, n) => family(n)));
    expect(first.patients.every((p) => p.flags.length === 0)).toBe(true);
    const last = await desk.caseload.list({ page: 3 });
    expect(names(last)).toEqual(Array.from({ length: 25 }, (_, n) => family(100 + n)));
    expect((await desk.caseload.list({ flag: 'red_flag_reported' })).total).toBe(0);
  });
});
