import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database, DatabaseHandle } from '@stride/db';
import { rawRows, schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
} from '@stride/db/testing';
import { caseToExamRecord, parseCase } from '@stride/exam-schema';

import { checkFollowUp } from '../src/follow-ups/check-follow-up';
import { sendFollowUp } from '../src/follow-ups/send-follow-up';
import { callerAs, sharedCaseText, testEnv, viewerFor } from './helpers';

const kinds = await integrationKinds();
/** 09:00 Los Angeles on a date: inside the clinic's day, after the 08:00 send time. */
const nineAm = (date: string) => new Date(`${date}T17:00:00Z`);

async function world(db: Database) {
  const org = await makeOrganization(db, 'Follow-up Clinics');
  const loc = await makeLocation(db, org.id);
  const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
  const desk = await makeMember(db, org.id, 'front_desk', { locationIds: [loc.id] });
  const patientUser = await makeMember(db, org.id, 'patient');
  const otherUser = await makeMember(db, org.id, 'patient');
  const patient = await makePatient(db, org.id, {
    homeLocationId: loc.id,
    primaryClinicianId: clinician.id,
    userId: patientUser.id,
  });
  await makePatient(db, org.id, { homeLocationId: loc.id, userId: otherUser.id });
  const parsed = parseCase(JSON.parse(sharedCaseText('p02-patellofemoral-malalignment.json')));
  if (!parsed.ok) throw new Error('case does not parse');
  const [encounter] = await db
    .insert(schema.encounters)
    .values({
      organizationId: org.id,
      patientId: patient.id,
      clinicianId: clinician.id,
      locationId: loc.id,
      exam: caseToExamRecord(parsed.value),
    })
    .returning({ id: schema.encounters.id });
  const [dx] = await db
    .insert(schema.diagnoses)
    .values({
      organizationId: org.id,
      encounterId: encounter?.id ?? '',
      patientId: patient.id,
      condition: 'patellofemoral_malalignment',
      side: 'left',
      icd10Code: 'M22.2X2',
      engineVersion: 'test',
      profileId: 'clinic-method',
      profileVersion: 1,
      engineTop: 'patellofemoral_malalignment',
      engineOutput: {},
      confirmedBy: clinician.id,
    })
    .returning({ id: schema.diagnoses.id });
  return { org, loc, clinician, desk, patientUser, otherUser, patient, diagnosisId: dx?.id ?? '' };
}

describe.each(kinds)('follow-up schedule on %s', { timeout: 30_000 }, (kind) => {
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

  const doc = (now?: Date) => callerAs(env, viewerFor(w.clinician, w.org, [w.loc.id]), now);
  const me = (now?: Date) => callerAs(env, viewerFor(w.patientUser, w.org, []), now);
  const jobEnv = (now: Date) => ({ db: handle.db, appUrl: 'http://stride.test', now: () => now });
  const requests = () =>
    handle.db
      .select()
      .from(schema.followUpRequests)
      .where(eq(schema.followUpRequests.organizationId, w.org.id))
      .orderBy(schema.followUpRequests.dueDate);
  const jobs = () =>
    rawRows<{ name: string; state: string; start_after: string; request_id: string }>(
      handle.db,
      sql`select name, state::text as state, start_after::text as start_after,
            data->>'requestId' as request_id
          from pgboss.job where name like 'follow-up-%' and data->>'organizationId' = ${w.org.id}`,
    );
  const outbox = () =>
    handle.db
      .select()
      .from(schema.outboxMessages)
      .where(
        and(
          eq(schema.outboxMessages.organizationId, w.org.id),
          eq(schema.outboxMessages.patientId, w.patient.id),
        ),
      );
  const flagIds = async (now: Date) =>
    (await doc(now).caseload.list({})).patients
      .find((p) => p.id === w.patient.id)
      ?.flags.map((f) => f.id) ?? [];

  it('a new plan schedules weeks 2–8 and the pre-decision request, each with a send and a check job', async () => {
    await doc().plans.createFromDiagnosis({ diagnosisId: w.diagnosisId });
    const rows = await requests();
    // Plan starts 2026-11-26; the race (2027-03-14) puts go/no-go on 02-28, asked 3 days before.
    expect(rows.map((r) => [r.key, r.dueDate, r.status])).toEqual([
      ['week-2', '2026-12-10', 'pending'],
      ['week-4', '2026-12-24', 'pending'],
      ['week-6', '2027-01-07', 'pending'],
      ['week-8', '2027-01-21', 'pending'],
      ['pre-go-no-go', '2027-02-25', 'pending'],
    ]);
    expect(rows.every((r) => r.instrumentIds.join() === 'nprs,running_function')).toBe(true);
    const queued = await jobs();
    expect(queued).toHaveLength(10);
    expect(queued.every((j) => j.state === 'created')).toBe(true);
    const week2 = rows[0]?.id;
    const forWeek2 = queued.filter((j) => j.request_id === week2);
    // 08:00 in Los Angeles (PST, UTC−8) on the due date, and the morning after the grace days.
    expect(forWeek2.map((j) => [j.name, new Date(j.start_after).toISOString()]).sort()).toEqual([
      ['follow-up-check', '2026-12-14T16:00:00.000Z'],
      ['follow-up-send', '2026-12-10T16:00:00.000Z'],
    ]);
  });

  it('a new version keeps the schedule it still agrees with instead of asking twice', async () => {
    const plan = await doc().plans.forPatient({ patientId: w.patient.id });
    const item = plan?.content.items[0];
    const edited = await doc().plans.edit({
      planId: plan?.id ?? '',
      removeKeys: [],
      dosages: [{ key: item?.key ?? '', dosage: '3 x 12 slow' }],
      add: [],
    });
    const rows = await requests();
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.planId === edited.id && r.status === 'pending')).toBe(true);
    expect((await jobs()).filter((j) => j.state === 'created')).toHaveLength(10);
  });

  it('the send job emails once with the portal link; the task shows from the due date', async () => {
    const [week2] = await requests();
    const due = nineAm('2026-12-10');
    expect(await me(nineAm('2026-12-09')).followUps.mine()).toEqual([]);
    expect(
      await sendFollowUp(jobEnv(due), { organizationId: w.org.id, requestId: week2?.id ?? '' }),
    ).toBe('sent');
    expect(
      await sendFollowUp(jobEnv(due), { organizationId: w.org.id, requestId: week2?.id ?? '' }),
    ).toBe('skipped');
    const mails = await outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body).toContain(`http://stride.test/portal/follow-ups/${week2?.id}`);
    expect(mails[0]?.subject).toContain('Week 2 check-in');
    expect((await me(due).followUps.mine()).map((t) => t.id)).toEqual([week2?.id]);
  });

  it('unanswered after the grace days: marked missed, re-sent once, flagged; answering clears it', async () => {
    const [week2] = await requests();
    const job = { organizationId: w.org.id, requestId: week2?.id ?? '' };
    // Still within the grace days: nothing happens yet.
    expect(await checkFollowUp(jobEnv(nineAm('2026-12-13')), job)).toBe('skipped');
    const later = nineAm('2026-12-14');
    expect(await checkFollowUp(jobEnv(later), job)).toBe('resent');
    expect(await checkFollowUp(jobEnv(later), job)).toBe('skipped');
    expect((await outbox()).map((m) => m.kind).sort()).toEqual([
      'follow_up.request',
      'follow_up.resend',
    ]);
    expect((await requests())[0]).toMatchObject({ status: 'missed' });
    expect(await flagIds(later)).toContain('missed_follow_up');

    // The patient answers late: drafts first, then the whole set.
    await me(later).followUps.saveDraft({
      requestId: job.requestId,
      instrumentId: 'nprs',
      answers: { usual: 4, worst: null },
    });
    await expect(
      me(later).followUps.saveDraft({
        requestId: job.requestId,
        instrumentId: 'nprs',
        answers: { usual: 14 },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await me(later).followUps.get({ requestId: job.requestId })).draft).toEqual({
      nprs: { usual: 4, worst: null },
    });
    await expect(
      callerAs(env, viewerFor(w.otherUser, w.org, []), later).followUps.get({
        requestId: job.requestId,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      me(later).followUps.submit({
        requestId: job.requestId,
        answers: { nprs: { usual: 4, worst: 6, during_running: 5 } },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const done = await me(later).followUps.submit({
      requestId: job.requestId,
      answers: {
        nprs: { usual: 4, worst: 6, during_running: 5 },
        running_function: {
          longest_pain_free_run: 30,
          last_run_pain: 3,
          next_morning_pain: 2,
          runs_this_week: 3,
        },
      },
    });
    expect(done.scores.map((s) => s.instrumentId)).toEqual(['nprs', 'running_function']);
    const responses = await handle.db
      .select()
      .from(schema.questionnaireResponses)
      .where(eq(schema.questionnaireResponses.followUpRequestId, job.requestId));
    expect(responses).toHaveLength(2);
    expect((await requests())[0]).toMatchObject({ status: 'answered' });
    expect(await me(later).followUps.mine()).toEqual([]);
    expect(await flagIds(later)).not.toContain('missed_follow_up');
    await expect(
      me(later).followUps.submit({ requestId: job.requestId, answers: {} }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('race without go flags within four weeks of the race and clears after a decision', async () => {
    const near = nineAm('2027-02-20');
    expect(await flagIds(near)).toContain('race_without_go');
    const plan = await doc().plans.forPatient({ patientId: w.patient.id });
    await expect(
      callerAs(env, viewerFor(w.desk, w.org, [w.loc.id])).followUps.recordRaceDecision({
        planId: plan?.id ?? '',
        decision: 'go',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const saved = await doc(near).followUps.recordRaceDecision({
      planId: plan?.id ?? '',
      decision: 'no_go',
      note: 'Pain during runs still 5/10.',
    });
    expect(saved).toMatchObject({ decision: 'no_go', raceDate: '2027-03-14' });
    expect(await flagIds(near)).not.toContain('race_without_go');
    const audit = await handle.db
      .select()
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.organizationId, w.org.id),
          eq(schema.auditLog.action, 'race_decision.record'),
        ),
      );
    expect(audit).toHaveLength(1);
  });

  it('a moved race moves only the pre-decision request; its old jobs are cancelled', async () => {
    await handle.db
      .update(schema.patients)
      .set({ targetRaceDate: '2027-04-11' })
      .where(eq(schema.patients.id, w.patient.id));
    await doc().plans.createFromDiagnosis({ diagnosisId: w.diagnosisId });
    const rows = await requests();
    const live = rows.filter((r) => r.status !== 'cancelled');
    expect(live.map((r) => [r.key, r.dueDate, r.status])).toEqual([
      ['week-2', '2026-12-10', 'answered'],
      ['week-4', '2026-12-24', 'pending'],
      ['week-6', '2027-01-07', 'pending'],
      ['week-8', '2027-01-21', 'pending'],
      ['pre-go-no-go', '2027-03-25', 'pending'],
    ]);
    const old = rows.find((r) => r.status === 'cancelled');
    expect(old).toMatchObject({ key: 'pre-go-no-go', dueDate: '2027-02-25' });
    const oldJobs = (await jobs()).filter((j) => j.request_id === old?.id);
    expect(oldJobs.map((j) => j.state)).toEqual(['cancelled', 'cancelled']);
    // The go/no-go was about the old race date: the new race needs its own decision.
    expect(await flagIds(nineAm('2027-03-20'))).toContain('race_without_go');
  });

  it('cancelling the plan cancels every open request and its jobs; their handlers send nothing', async () => {
    const plan = await doc().plans.forPatient({ patientId: w.patient.id });
    const result = await doc().plans.cancel({ planId: plan?.id ?? '', reason: 'Moved away' });
    expect(result.cancelledFollowUps).toBe(4);
    const rows = await requests();
    expect(rows.filter((r) => r.status === 'pending' || r.status === 'missed')).toEqual([]);
    const cancelledIds = new Set(rows.filter((r) => r.status === 'cancelled').map((r) => r.id));
    const theirJobs = (await jobs()).filter((j) => cancelledIds.has(j.request_id));
    expect(theirJobs).toHaveLength(cancelledIds.size * 2);
    expect(theirJobs.every((j) => j.state === 'cancelled')).toBe(true);
    const before = (await outbox()).length;
    for (const r of rows) {
      const job = { organizationId: w.org.id, requestId: r.id };
      expect(await sendFollowUp(jobEnv(nineAm('2027-01-07')), job)).toBe('skipped');
      expect(await checkFollowUp(jobEnv(nineAm('2027-05-01')), job)).toBe('skipped');
    }
    expect(await outbox()).toHaveLength(before);
    expect(await doc().plans.forPatient({ patientId: w.patient.id })).toBeNull();
    await expect(
      doc().plans.cancel({ planId: plan?.id ?? '', reason: 'Moved away' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
