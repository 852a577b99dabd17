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

/**
 * The chart and the portal's own record are one JSON statement each, rendered once per location
 * scope (get-patient-chart.ts): every field must still be the stored one, in the API's types.
 */
const kinds = await integrationKinds();

describe.each(kinds)("a patient's chart on %s", (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;

  async function world(db: DatabaseHandle['db']) {
    const org = await makeOrganization(db);
    const loc = await makeLocation(db, org.id, { name: 'Harbour', timeZone: 'Europe/Lisbon' });
    const elsewhere = await makeLocation(db, org.id);
    const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
    const away = await makeMember(db, org.id, 'clinician', { locationIds: [elsewhere.id] });
    const account = await makeMember(db, org.id, 'patient');
    const followed = await makePatient(db, org.id, {
      homeLocationId: loc.id,
      primaryClinicianId: clinician.id,
      userId: account.id,
      givenName: 'Ana',
      familyName: "O'Neill",
      sex: 'other',
    });
    const unassigned = await makePatient(db, org.id, { homeLocationId: loc.id });
    await db
      .update(schema.patients)
      .set({ weeklyDistanceKm: 42.5, phone: null, targetRace: null, targetRaceDate: null })
      .where(
        and(eq(schema.patients.organizationId, org.id), eq(schema.patients.id, unassigned.id)),
      );
    return { org, loc, elsewhere, clinician, away, account, followed, unassigned };
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

  it('answers every stored field, with the clinician and the portal account when there are', async () => {
    const chart = await doc().patients.getChart({ patientId: w.followed.id });
    expect(chart).toEqual({
      id: w.followed.id,
      givenName: 'Ana',
      familyName: "O'Neill",
      sex: 'other',
      dateOfBirth: '1990-05-17',
      email: `patient-${w.followed.id}@test.example`,
      phone: null,
      weeklyDistanceKm: 40,
      targetRace: 'Test Marathon',
      targetRaceDate: '2027-03-14',
      location: { id: w.loc.id, name: 'Harbour', timeZone: 'Europe/Lisbon' },
      primaryClinician: { id: w.clinician.id, name: w.clinician.name },
      hasPortalAccount: true,
    });
    // The patient sees the same record as their own.
    const own = await callerAs(env, viewerFor(w.account, w.org, 'all')).portal.me();
    expect(own).toEqual(chart);
  });

  it('answers no clinician, no account and a fractional distance as they are', async () => {
    const chart = await doc().patients.getChart({ patientId: w.unassigned.id });
    expect(chart).toMatchObject({
      weeklyDistanceKm: 42.5,
      targetRace: null,
      targetRaceDate: null,
      primaryClinician: null,
      hasPortalAccount: false,
    });
  });

  it('finds the patient for every scope that holds them, and for none that does not', async () => {
    // A clinician working at every location (org-wide scope).
    const everywhere = callerAs(env, viewerFor(w.clinician, w.org, 'all'));
    expect((await everywhere.patients.getChart({ patientId: w.followed.id })).id).toBe(
      w.followed.id,
    );
    // Two locations, one of them the patient's: one array parameter, whatever its length.
    const both = callerAs(env, viewerFor(w.away, w.org, [w.elsewhere.id, w.loc.id]));
    expect((await both.patients.getChart({ patientId: w.followed.id })).id).toBe(w.followed.id);
    for (const scope of [[], [w.elsewhere.id]]) {
      const outside = callerAs(env, viewerFor(w.away, w.org, scope));
      await expect(outside.patients.getChart({ patientId: w.followed.id })).rejects.toThrow(
        /That patient/,
      );
    }
  });
});
