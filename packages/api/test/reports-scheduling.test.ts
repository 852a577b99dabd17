import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { createTestDatabase, integrationKinds } from '@stride/db/testing';

import type { ReportWorld } from './report-world';
import { callerAs, testEnv, viewerFor } from './helpers';
import { buildWeek } from './report-week';
import { reportWorld } from './report-world';

const kinds = await integrationKinds();
const week = { from: '2026-03-02', to: '2026-03-08' };

describe.each(kinds)('scheduling reports on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: ReportWorld;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await reportWorld(handle.db);
    await buildWeek(handle.db, w);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });
  const admin = () => callerAs(env, viewerFor(w.admin, w.org, 'all')).reports;

  it('utilisation: booked against available hours per clinician and gait lab', async () => {
    const { rows } = await admin().utilisation(week);
    const by = (name: string) => rows.find((r) => r.resourceName === name);
    // 5 × 9 h − Wednesday off − 2 h − 1.5 h + 3 h extra on Saturday. Booked: each live visit
    // plus its 15-minute buffer (the Sunday-night one clipped to 45 minutes), not cancellations.
    expect(by('Casey One')).toMatchObject({
      kind: 'clinician',
      locationName: 'Alpha',
      availableHours: 35.5,
      bookedHours: 3.5,
      utilisation: 0.0986,
    });
    expect(by('Cory Two')).toMatchObject({
      availableHours: 8,
      bookedHours: 1.25,
      utilisation: 0.1563,
    });
    const labs = rows.filter((r) => r.kind === 'gait_lab');
    expect(
      labs.map((r) => [r.locationName, r.availableHours, r.bookedHours, r.utilisation]),
    ).toEqual([
      ['Alpha', 84, 1.25, 0.0149],
      ['Bravo', 40, 0, 0],
    ]);
  });

  it('utilisation clips a booking that runs past the end of the range as at its start', async () => {
    // The week before, ending on Sunday 1 March: of the 23:30 visit that night in Los Angeles
    // (an hour and its 15-minute buffer), only the first half hour falls inside.
    const { rows } = await admin().utilisation({ from: '2026-02-23', to: '2026-03-01' });
    expect(rows.find((r) => r.resourceName === 'Casey One')).toMatchObject({
      availableHours: 45,
      bookedHours: 0.5,
    });
    // Two days, both of them at an end of the range: the visit's other 45 minutes and Monday's.
    const two = await admin().utilisation({ from: '2026-03-02', to: '2026-03-03' });
    expect(two.rows.find((r) => r.resourceName === 'Casey One')).toMatchObject({
      bookedHours: 0.75 + 1.25 + 0.75,
    });
    // One day, its start and end at once: each visit counted once.
    const one = await admin().utilisation({ from: '2026-03-02', to: '2026-03-02' });
    expect(one.rows.find((r) => r.resourceName === 'Casey One')).toMatchObject({
      bookedHours: 0.75 + 1.25,
    });
  });

  it('utilisation follows the location and clinician filters', async () => {
    const atB = await admin().utilisation({ ...week, locationId: w.b.id });
    expect(atB.rows.map((r) => r.resourceName)).toEqual(['Cory Two', 'Gait lab']);
    // A gait lab belongs to no clinician, so a clinician's report leaves the labs out.
    const mine = await admin().utilisation({ ...week, clinicianId: w.c1.id });
    expect(mine.rows.map((r) => r.resourceName)).toEqual(['Casey One']);
  });

  it('attendance: no-shows and late cancellations against each location window', async () => {
    const report = await admin().attendance(week);
    expect(
      report.rows.map((r) => [
        r.locationName,
        r.clinicianName,
        r.appointments,
        r.attended,
        r.noShows,
        r.lateCancellations,
        r.earlyCancellations,
        r.noShowRate,
        r.lateCancellationRate,
      ]),
    ).toEqual([
      ['Alpha', 'Casey One', 6, 2, 1, 2, 1, 0.1667, 0.3333],
      ['Bravo', 'Cory Two', 2, 1, 0, 1, 0, 0, 0.5],
    ]);
    expect(report.total).toMatchObject({
      appointments: 8,
      noShows: 1,
      lateCancellations: 3,
      noShowRate: 0.125,
      lateCancellationRate: 0.375,
    });
    const mine = await admin().attendance({ ...week, clinicianId: w.c2.id });
    expect(mine.rows).toHaveLength(1);
    expect(mine.total.appointments).toBe(2);
  });

  it('new patients by referral source, on local calendar days', async () => {
    const report = await admin().newPatients(week);
    expect(report.total).toBe(6);
    const counts = Object.fromEntries(report.rows.map((r) => [r.source, r.patients]));
    expect(counts).toEqual({
      self: 1,
      physician: 2,
      running_club: 1,
      coach: 0,
      another_patient: 0,
      web_search: 1,
      other: 0,
      unknown: 1,
    });
    expect(report.rows.find((r) => r.source === 'physician')?.share).toBe(0.3333);
    expect(report.byLocation.map((l) => [l.locationName, l.patients])).toEqual([
      ['Alpha', 5],
      ['Bravo', 1],
    ]);
    expect((await admin().newPatients({ ...week, locationId: w.b.id })).total).toBe(1);
    expect((await admin().newPatients({ ...week, clinicianId: w.c2.id })).total).toBe(1);
  });

  it('an empty range has no bookings, no rates and no new patients', async () => {
    const range = { from: '2025-06-01', to: '2025-06-07' };
    const util = await admin().utilisation(range);
    expect(util.rows.every((r) => r.bookedHours === 0)).toBe(true);
    const att = await admin().attendance(range);
    expect(att.rows).toEqual([]);
    expect(att.total).toMatchObject({ appointments: 0, noShowRate: null });
    expect((await admin().newPatients(range)).total).toBe(0);
  });
});
