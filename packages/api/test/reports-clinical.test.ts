import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeMember,
  makeOrganization,
} from '@stride/db/testing';

import type { ReportWorld } from './report-world';
import { callerAs, testEnv, viewerFor } from './helpers';
import { reportWorld } from './report-world';

const kinds = await integrationKinds();
const week = { from: '2026-03-02', to: '2026-03-08' };
const PFM = 'patellofemoral_malalignment';
const ITBS = 'iliotibial_band_syndrome';

/** Diagnoses in the week of 2 March, with questionnaire answers around day 0 and day 42. */
async function buildEpisodes(w: ReportWorld) {
  const { a, b, c1, c2 } = w;
  const [pa1, pa2, pa3, pb1] = [
    await w.patient(a.id, c1.id),
    await w.patient(a.id, c1.id),
    await w.patient(a.id, c1.id),
    await w.patient(b.id, c2.id),
  ] as [string, string, string, string];
  const atA = { clinicianId: c1.id, locationId: a.id };
  const d1 = await w.diagnosis({
    ...atA,
    patientId: pa1,
    condition: PFM,
    engineTop: PFM,
    confirmedAt: '2026-03-02T18:00:00Z',
  });
  await w.diagnosis({
    ...atA,
    patientId: pa2,
    condition: PFM,
    engineTop: ITBS,
    confirmedAt: '2026-03-03T18:00:00Z',
    icd10Code: 'M22.2X1',
  });
  await w.diagnosis({
    ...atA,
    patientId: pa3,
    condition: ITBS,
    engineTop: ITBS,
    confirmedAt: '2026-03-04T18:00:00Z',
    icd10Code: 'M76.32',
  });
  // Re-confirmed: the superseded row and the later one outside the week do not count.
  await w.diagnosis({
    ...atA,
    patientId: pa3,
    condition: ITBS,
    engineTop: PFM,
    confirmedAt: '2026-03-04T17:00:00Z',
    supersededAt: '2026-03-04T18:00:00Z',
  });
  await w.diagnosis({
    ...atA,
    patientId: pa1,
    condition: PFM,
    engineTop: PFM,
    confirmedAt: '2026-03-20T18:00:00Z',
  });
  const d6 = await w.diagnosis({
    clinicianId: c2.id,
    locationId: b.id,
    patientId: pb1,
    condition: PFM,
    engineTop: PFM,
    confirmedAt: '2026-03-02T18:00:00Z',
  });

  // pa1: baseline 1 March (7); day 40 (3) and day 44 (2) tie for closest to 42: the earlier wins.
  await w.score(pa1, 'nprs', '2026-03-01T18:00:00Z', 7);
  await w.score(pa1, 'nprs', '2026-03-10T18:00:00Z', 6);
  await w.score(pa1, 'nprs', '2026-04-10T18:00:00Z', 3);
  await w.score(pa1, 'nprs', '2026-04-14T18:00:00Z', 2);
  await w.score(pa1, 'koos_pf', '2026-03-02T18:00:00Z', 50);
  await w.score(pa1, 'koos_pf', '2026-04-13T18:00:00Z', 70);
  // pa2: the February answer is too early to be the baseline.
  await w.score(pa2, 'nprs', '2026-02-10T18:00:00Z', 9);
  await w.score(pa2, 'nprs', '2026-03-03T18:00:00Z', 5);
  await w.score(pa2, 'nprs', '2026-04-15T18:00:00Z', 4);
  // pa3: day 60 is outside 42 ± 14, so no 6-week score.
  await w.score(pa3, 'nprs', '2026-03-04T18:00:00Z', 6);
  await w.score(pa3, 'nprs', '2026-05-03T18:00:00Z', 1);
  await w.score(pb1, 'nprs', '2026-03-02T18:00:00Z', 8);
  await w.score(pb1, 'nprs', '2026-04-13T18:00:00Z', 2);

  await w.discharge(d1, pa1, c1.id, '2026-04-21T18:00:00Z');
  await w.discharge(d6, pb1, c2.id, '2026-03-30T18:00:00Z');
}

describe.each(kinds)('clinical reports on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: ReportWorld;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await reportWorld(handle.db);
    await buildEpisodes(w);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });
  const admin = () => callerAs(env, viewerFor(w.admin, w.org, 'all')).reports;

  it('diagnosis mix: current confirmed diagnoses and agreement with the engine', async () => {
    const mix = await admin().diagnosisMix(week);
    expect(mix.total).toBe(4);
    expect(
      mix.rows.map((r) => [
        r.label,
        r.icd10Codes,
        r.diagnoses,
        r.share,
        r.engineTopConfirmed,
        r.engineTopRate,
      ]),
    ).toEqual([
      ['Patellofemoral malalignment', 'M22.2X1, M22.2X2', 3, 0.75, 2, 0.6667],
      ['Iliotibial band syndrome', 'M76.32', 1, 0.25, 1, 1],
    ]);
    expect(mix.byClinician.map((r) => [r.clinicianName, r.diagnoses, r.engineTopRate])).toEqual([
      ['Casey One', 3, 0.6667],
      ['Cory Two', 1, 1],
    ]);
    expect((await admin().diagnosisMix({ ...week, locationId: w.b.id })).total).toBe(1);
    expect((await admin().diagnosisMix({ ...week, clinicianId: w.c1.id })).total).toBe(3);
  });

  it('outcomes: median 6-week change, share reaching MCID, time to discharge', async () => {
    const out = await admin().outcomes(week);
    expect(
      out.rows.map((r) => [
        r.locationName,
        r.instrumentId,
        r.episodes,
        r.medianChange,
        r.mcid,
        r.reachedMcid,
        r.mcidShare,
      ]),
    ).toEqual([
      ['Alpha', 'nprs', 2, -2.5, 2, 1, 0.5],
      ['Alpha', 'koos_pf', 1, 20, 16.4, 1, 1],
      ['Bravo', 'nprs', 1, -6, 2, 1, 1],
    ]);
    expect(
      out.discharge.map((r) => [
        r.label,
        r.locationName,
        r.episodes,
        r.discharged,
        r.medianDaysToDischarge,
      ]),
    ).toEqual([
      ['Iliotibial band syndrome', 'Alpha', 1, 0, null],
      ['Patellofemoral malalignment', 'Alpha', 2, 1, 50],
      ['Patellofemoral malalignment', 'Bravo', 1, 1, 28],
    ]);
    const atB = await admin().outcomes({ ...week, locationId: w.b.id });
    expect(atB.rows.map((r) => r.locationName)).toEqual(['Bravo']);
    const c1 = await admin().outcomes({ ...week, clinicianId: w.c1.id });
    expect(new Set(c1.discharge.map((r) => r.locationName))).toEqual(new Set(['Alpha']));
  });

  it('an empty range reports nothing', async () => {
    const range = { from: '2025-06-01', to: '2025-06-30' };
    expect(await admin().diagnosisMix(range)).toMatchObject({
      total: 0,
      rows: [],
      byClinician: [],
    });
    expect(await admin().outcomes(range)).toMatchObject({ rows: [], discharge: [] });
  });

  it('keeps to the viewer: their locations, their organisation', async () => {
    const scoped = callerAs(env, viewerFor(w.admin, w.org, [w.b.id])).reports;
    expect((await scoped.diagnosisMix(week)).total).toBe(1);
    await expect(scoped.outcomes({ ...week, locationId: w.a.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const other = await makeOrganization(handle.db, 'Elsewhere');
    const otherAdmin = await makeMember(handle.db, other.id, 'admin');
    const elsewhere = callerAs(env, viewerFor(otherAdmin, other, 'all'));
    expect((await elsewhere.reports.diagnosisMix(week)).total).toBe(0);
  });
});
