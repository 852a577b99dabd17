import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database, DatabaseHandle } from '@stride/db';
import { schema } from '@stride/db';
import { createTestDatabase, integrationKinds } from '@stride/db/testing';
import { itemsOn } from '@stride/treatment';

import { seedExerciseLibrary } from '../src';
import { callerAs, testEnv, viewerFor } from './helpers';
import {
  examFrom,
  insertAppointment,
  insertDiagnosis,
  insertEncounter,
  insertScore,
  people,
} from './progress-world';

const kinds = await integrationKinds();
const at = (iso: string) => new Date(`${iso}T17:00:00Z`);

async function world(db: Database, env: Awaited<ReturnType<typeof testEnv>>) {
  const p = await people(db);
  await seedExerciseLibrary(db);
  const base = { org: p.org.id, patientId: p.patient.id, clinicianId: p.clinician.id };
  const enc = { ...base, locationId: p.loc.id, signed: true };
  const baseline = await insertEncounter(db, {
    ...enc,
    startedAt: at('2026-10-14'),
    exam: examFrom('p02-patellofemoral-malalignment.json', {
      cadenceSpm: 158,
      left: { contralateralPelvicDropDeg: 9, peakHipAdductionDeg: 16 },
      right: { contralateralPelvicDropDeg: 4 },
    }),
  });
  const diagnosisId = await insertDiagnosis(db, {
    ...base,
    encounterId: baseline,
    at: at('2026-10-14'),
  });
  const doc = viewerFor(p.clinician, p.org, [p.loc.id]);
  const plan = await callerAs(env, doc, at('2026-10-15')).plans.createFromDiagnosis({
    diagnosisId,
  });
  await insertEncounter(db, {
    ...enc,
    startedAt: at('2026-10-29'),
    exam: examFrom('p02-patellofemoral-malalignment.json', {
      cadenceSpm: 162,
      left: { contralateralPelvicDropDeg: 8 },
    }),
  });
  const appt = { ...base, locationId: p.loc.id, typeId: p.types.gait_retest ?? '' };
  const retestAppt = await insertAppointment(db, {
    ...appt,
    startsAt: at('2026-11-20'),
    status: 'completed',
  });
  const retest = await insertEncounter(db, {
    ...enc,
    appointmentId: retestAppt,
    startedAt: at('2026-11-20'),
    exam: examFrom('p02-patellofemoral-malalignment.json', {
      cadenceSpm: 170,
      left: { contralateralPelvicDropDeg: 5, peakHipAdductionDeg: 13.5 },
      right: { contralateralPelvicDropDeg: 4.5 },
    }),
  });
  const nextRetest = await insertAppointment(db, {
    ...appt,
    startsAt: at('2026-12-10'),
    status: 'booked',
  });
  await insertScore(db, { ...base, instrumentId: 'nprs', usual: 6, at: at('2026-10-15') });
  await insertScore(db, { ...base, instrumentId: 'nprs', usual: 2, at: at('2026-11-24') });
  for (const [day, km, pain] of [
    ['2026-11-20', 10, 2],
    ['2026-11-22', 10, 3],
    ['2026-11-24', 10, 1],
    ['2026-11-25', 12, 2],
  ] as const) {
    await db
      .insert(schema.painLogs)
      .values({ organizationId: p.org.id, patientId: p.patient.id, day, pain, distanceKm: km });
  }
  // Answered at 08:00 in Los Angeles the morning after each run.
  for (const day of ['2026-11-21', '2026-11-23', '2026-11-25', '2026-11-26'])
    await insertScore(db, {
      ...base,
      instrumentId: 'running_function',
      nextMorning: 0,
      at: new Date(`${day}T16:00:00Z`),
    });
  // An item prescribed at least three days a week, running in the last week.
  const item = itemsOn(plan.content, '2026-11-21').find((i) => i.daysPerWeek >= 3);
  if (!item) throw new Error('plan has no items');
  for (const day of ['2026-11-21', '2026-11-23', '2026-11-25'])
    await db.insert(schema.exerciseLogs).values({
      organizationId: p.org.id,
      patientId: p.patient.id,
      planId: plan.id,
      itemKey: item.key,
      day,
      done: true,
    });
  return { ...p, baseline, retest, retestAppt, nextRetest, planId: plan.id };
}

describe.each(kinds)('progress, gait re-test and discharge on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await world(handle.db, env);
  }, 120_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  const doc = () => callerAs(env, viewerFor(w.clinician, w.org, [w.loc.id]));
  const me = () => callerAs(env, viewerFor(w.patientUser, w.org, []));
  const audits = (action: string) =>
    handle.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.organizationId, w.org.id), eq(schema.auditLog.action, action)));

  it('compares the first signed gait session with the latest later one, each change against its SDD', async () => {
    const view = await doc().progress.gaitComparison({ patientId: w.patient.id });
    expect(view.baseline).toMatchObject({
      encounterId: w.baseline,
      signed: true,
      fromRetestAppointment: false,
    });
    expect(view.retest).toMatchObject({ encounterId: w.retest, fromRetestAppointment: true });
    const row = (metric: string, side: string) =>
      view.rows.find((r) => r.metric === metric && r.side === side);
    expect(row('contralateral_pelvic_drop', 'left')).toMatchObject({
      baseline: 9,
      retest: 5,
      change: -4,
      status: 'beyond_error',
      sdd: 2.8,
      direction: 'better',
    });
    expect(row('contralateral_pelvic_drop', 'left')?.sddSource).toContain('Dingenen');
    expect(row('peak_hip_adduction', 'left')).toMatchObject({
      change: -2.5,
      status: 'within_error',
      sdd: 3.8,
    });
    expect(row('contralateral_pelvic_drop', 'right')).toMatchObject({
      change: 0.5,
      status: 'within_error',
    });
    expect(row('cadence', 'both')).toMatchObject({ change: 12, status: 'no_sdd', sdd: null });
    expect(view.retestTypeId).toBe(w.types.gait_retest);
    expect(view.pendingRetest?.appointmentId).toBe(w.nextRetest);
    expect(await audits('patient.gait_comparison.read')).toHaveLength(1);
  });

  it('starts the re-test encounter from the booked appointment, once', async () => {
    const first = await doc().encounters.start({
      patientId: w.patient.id,
      appointmentId: w.nextRetest,
    });
    const again = await doc().encounters.start({
      patientId: w.patient.id,
      appointmentId: w.nextRetest,
    });
    expect(again.id).toBe(first.id);
    const [row] = await handle.db
      .select()
      .from(schema.encounters)
      .where(eq(schema.encounters.id, first.id));
    expect(row?.appointmentId).toBe(w.nextRetest);
    expect(
      (await doc().progress.gaitComparison({ patientId: w.patient.id })).pendingRetest,
    ).toBeNull();
  });

  it('charts pain after runs with next-morning pain, and adherence per plan week', async () => {
    const chart = await doc().progress.chart({ patientId: w.patient.id });
    expect(chart.pain.map((r) => [r.day, r.pain, r.distanceKm, r.painNextMorning])).toEqual([
      ['2026-11-20', 2, 10, 0],
      ['2026-11-22', 3, 10, 0],
      ['2026-11-24', 1, 10, 0],
      ['2026-11-25', 2, 12, 0],
    ]);
    // 2026-10-15 to 2026-11-26 is 43 days: seven weeks, oldest first, the last ending today.
    expect(chart.adherence).toHaveLength(7);
    expect(chart.adherence.at(-1)).toMatchObject({
      weekStart: '2026-11-20',
      weekEnd: '2026-11-26',
    });
    expect(chart.adherence.at(-1)?.done).toBe(3);
    expect(chart.adherence[0]?.done).toBe(0);
    expect(await audits('patient.progress_chart.read')).toHaveLength(1);
  });

  it('refuses another organisation’s clinician', async () => {
    const foreign = callerAs(env, viewerFor(w.foreignClinician, w.foreignOrg, 'all'));
    await expect(
      foreign.progress.gaitComparison({ patientId: w.patient.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      foreign.progress.dischargeReview({ patientId: w.patient.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('discharges: criteria stored, plan closed, follow-ups cancelled, patient sees the summary', async () => {
    const review = await doc().progress.dischargeReview({ patientId: w.patient.id });
    expect(review.review?.evaluation.criteria.map((c) => [c.id, c.met])).toEqual([
      ['mcid_reached', true],
      ['running_volume', true],
      ['key_deficit_resolved', true],
    ]);
    expect(review.review?.facts.keyDeficit).toMatchObject({
      key: 'contralateral_pelvic_drop:left',
    });
    expect(review.review?.evaluation.caveat).toContain('No published discharge rule');
    const pending = await handle.db
      .select()
      .from(schema.followUpRequests)
      .where(
        and(
          eq(schema.followUpRequests.planId, w.planId),
          eq(schema.followUpRequests.status, 'pending'),
        ),
      );
    const done = await doc().progress.discharge({
      patientId: w.patient.id,
      planId: w.planId,
      note: 'Back to full training.',
    });
    expect(done.criteriaMet).toEqual(['mcid_reached', 'running_volume', 'key_deficit_resolved']);
    expect(done.cancelledFollowUps).toBe(pending.length);
    const [plan] = await handle.db.select().from(schema.plans).where(eq(schema.plans.id, w.planId));
    expect(plan?.status).toBe('discharged');
    const [stored] = await handle.db
      .select()
      .from(schema.discharges)
      .where(eq(schema.discharges.planId, w.planId));
    expect(stored).toMatchObject({ note: 'Back to full training.', dischargedBy: w.clinician.id });
    expect(stored?.criteria).toMatchObject({ allMet: true });
    expect(await audits('plan.discharge')).toHaveLength(1);
    const mine = await me().progress.mine();
    expect(mine.discharge?.summary).toContain(
      'Your usual knee pain went from 6 to 2 out of 10: a real improvement.',
    );
    expect(mine.discharge?.summary).not.toContain('Back to full training');
    expect(mine.instruments.find((i) => i.instrumentId === 'nprs')?.lines[0]?.status).toBe(
      'improved',
    );
    expect((await me().progress.myChart()).plan).toMatchObject({
      id: w.planId,
      status: 'discharged',
    });
  });

  it('refuses a second discharge of the same plan with a clear message', async () => {
    await expect(
      doc().progress.discharge({ patientId: w.patient.id, planId: w.planId, note: 'Again.' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'This plan has already been discharged.',
    });
    expect(
      await handle.db
        .select()
        .from(schema.discharges)
        .where(eq(schema.discharges.planId, w.planId)),
    ).toHaveLength(1);
    const review = await doc().progress.dischargeReview({ patientId: w.patient.id });
    expect(review.plan).toBeNull();
    expect(review.discharge?.note).toBe('Back to full training.');
  });
});
