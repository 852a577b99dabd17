import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
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

describe.each(kinds)('questionnaires on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;
  async function world(db: DatabaseHandle['db']) {
    const org = await makeOrganization(db);
    const loc = await makeLocation(db, org.id);
    const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
    const user = await makeMember(db, org.id, 'patient');
    const patient = await makePatient(db, org.id, { homeLocationId: loc.id, userId: user.id });
    const other = await makeOrganization(db, 'Elsewhere');
    const otherClinician = await makeMember(db, other.id, 'clinician', { allLocations: true });
    return { org, loc, clinician, user, patient, other, otherClinician };
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

  const day = (d: string) => new Date(`${d}T18:00:00Z`);
  const me = (at: Date) => callerAs(env, viewerFor(w.user, w.org, []), at);
  const doc = () => callerAs(env, viewerFor(w.clinician, w.org, [w.loc.id]));

  it('scores on the server and keeps the instrument version', async () => {
    const saved = await me(day('2026-11-01')).questionnaires.answer({
      instrumentId: 'nprs',
      answers: { usual: 6, worst: 8, during_running: 7 },
    });
    expect(saved).toMatchObject({ score: 6, instrumentVersion: '1' });
  });

  it('names the item that is wrong and stores nothing', async () => {
    await expect(
      me(day('2026-11-02')).questionnaires.answer({
        instrumentId: 'nprs',
        answers: { usual: 11, worst: 8, during_running: 7 },
      }),
    ).rejects.toThrow(/usual/);
    expect((await me(day('2026-11-02')).questionnaires.myScores())[0]?.points).toHaveLength(1);
  });

  it('judges change from baseline against the MCID, in the instrument’s direction', async () => {
    await me(day('2026-11-15')).questionnaires.answer({
      instrumentId: 'nprs',
      answers: { usual: 5, worst: 7, during_running: 6 },
    });
    let series = await doc().questionnaires.forPatient({ patientId: w.patient.id });
    expect(series[0]).toMatchObject({
      instrumentId: 'nprs',
      mcid: 2,
      change: { status: 'within_mcid', change: -1 },
    });
    await me(day('2026-11-29')).questionnaires.answer({
      instrumentId: 'nprs',
      answers: { usual: 3, worst: 5, during_running: 4 },
    });
    series = await doc().questionnaires.forPatient({ patientId: w.patient.id });
    expect(series[0]?.change).toEqual({ status: 'improved', change: -3 });
    expect(series[0]?.points.map((p) => p.score)).toEqual([6, 5, 3]);
  });

  it("keeps another organisation's clinician out", async () => {
    const outsider = callerAs(env, viewerFor(w.otherClinician, w.other, 'all'));
    await expect(
      outsider.questionnaires.forPatient({ patientId: w.patient.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
