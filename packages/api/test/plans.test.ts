import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database, DatabaseHandle } from '@stride/db';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
} from '@stride/db/testing';
import { caseToExamRecord, parseCase } from '@stride/exam-schema';
import { exerciseLibrary } from '@stride/treatment';

import { seedExerciseLibrary } from '../src';
import { callerAs, sharedCaseText, testEnv, viewerFor } from './helpers';

const kinds = await integrationKinds();

/** Until encounters exist in the UI, a confirmed diagnosis is inserted directly. */
async function confirmedDiagnosis(
  db: Database,
  org: string,
  patientId: string,
  clinicianId: string,
  locationId: string,
): Promise<string> {
  const parsed = parseCase(JSON.parse(sharedCaseText('p02-patellofemoral-malalignment.json')));
  if (!parsed.ok) throw new Error('case does not parse');
  const [encounter] = await db
    .insert(schema.encounters)
    .values({
      organizationId: org,
      patientId,
      clinicianId,
      locationId,
      exam: caseToExamRecord(parsed.value),
    })
    .returning({ id: schema.encounters.id });
  if (!encounter) throw new Error('no encounter');
  const [dx] = await db
    .insert(schema.diagnoses)
    .values({
      organizationId: org,
      encounterId: encounter.id,
      patientId,
      condition: 'patellofemoral_malalignment',
      side: 'left',
      icd10Code: 'M22.2X2',
      engineVersion: 'test',
      profileId: 'clinic-method',
      profileVersion: 1,
      engineTop: 'patellofemoral_malalignment',
      engineOutput: {},
      confirmedBy: clinicianId,
    })
    .returning({ id: schema.diagnoses.id });
  if (!dx) throw new Error('no diagnosis');
  return dx.id;
}

async function world(db: Database) {
  const org = await makeOrganization(db, 'Plan Clinics');
  const north = await makeLocation(db, org.id, { name: 'North' });
  const south = await makeLocation(db, org.id, { name: 'South' });
  const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [north.id] });
  const southDesk = await makeMember(db, org.id, 'front_desk', { locationIds: [south.id] });
  const patientUser = await makeMember(db, org.id, 'patient');
  const otherUser = await makeMember(db, org.id, 'patient');
  const patient = await makePatient(db, org.id, {
    homeLocationId: north.id,
    primaryClinicianId: clinician.id,
    userId: patientUser.id,
  });
  const otherPatient = await makePatient(db, org.id, {
    homeLocationId: north.id,
    userId: otherUser.id,
  });
  const diagnosisId = await confirmedDiagnosis(db, org.id, patient.id, clinician.id, north.id);
  const foreignOrg = await makeOrganization(db, 'Elsewhere');
  const foreignLoc = await makeLocation(db, foreignOrg.id);
  const foreignClinician = await makeMember(db, foreignOrg.id, 'clinician', {
    locationIds: [foreignLoc.id],
  });
  return {
    org,
    north,
    south,
    clinician,
    southDesk,
    patientUser,
    otherUser,
    patient,
    otherPatient,
    diagnosisId,
    foreignOrg,
    foreignLoc,
    foreignClinician,
  };
}

describe.each(kinds)('plans on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await world(handle.db);
  }, 60_000);
  afterAll(async () => {
    await env.stop();
    await handle.close();
  });

  const clinician = () => callerAs(env, viewerFor(w.clinician, w.org, [w.north.id]));
  const patient = () => callerAs(env, viewerFor(w.patientUser, w.org, []));

  it('seeds the exercise library idempotently', async () => {
    expect(await seedExerciseLibrary(handle.db)).toBe(exerciseLibrary.length);
    await seedExerciseLibrary(handle.db);
    const rows = await handle.db.select().from(schema.exercises);
    expect(rows.length).toBe(exerciseLibrary.length);
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it('builds a plan from a confirmed diagnosis with findings-driven items, audited', async () => {
    expect(await patient().plans.mine()).toBeNull();
    const view = await clinician().plans.createFromDiagnosis({ diagnosisId: w.diagnosisId });
    expect(view.version).toBe(1);
    expect(view.diagnosis).toMatchObject({
      condition: 'patellofemoral_malalignment',
      side: 'left',
      icd10Code: 'M22.2X2',
    });
    // makePatient's race is 2027-03-14, far enough from TEST_NOW for a full plan.
    expect(view.content).toMatchObject({
      dating: 'race',
      raceDate: '2027-03-14',
      goNoGoDate: '2027-02-28',
      startDate: '2026-11-26',
    });
    const keys = view.content.items.map((i) => i.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'cadence_retraining',
        'standing_hip_hike',
        'side_lying_hip_abduction',
      ]),
    );
    expect(view.todayItems.length).toBeGreaterThan(0);
    const [row] = await handle.db.select().from(schema.plans).where(eq(schema.plans.id, view.id));
    expect(row).toMatchObject({
      status: 'active',
      startDate: '2026-11-26',
      raceDate: '2027-03-14',
      goNoGoDate: '2027-02-28',
    });
    const audit = await handle.db
      .select()
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.organizationId, w.org.id),
          eq(schema.auditLog.action, 'plan.create'),
        ),
      );
    expect(audit).toHaveLength(1);
  });

  it('saves each edit as a new version and supersedes the old one', async () => {
    const before = await clinician().plans.forPatient({ patientId: w.patient.id });
    if (!before) throw new Error('no plan');
    const after = await clinician().plans.edit({
      planId: before.id,
      removeKeys: ['wall_sit_isometric'],
      dosages: [{ key: 'side_lying_hip_abduction', dosage: '4 sets of 10' }],
      add: [{ exerciseId: 'bird_dog' }],
    });
    expect(after.version).toBe(before.version + 1);
    expect(after.content.items.map((i) => i.key)).not.toContain('wall_sit_isometric');
    expect(after.content.items.find((i) => i.key === 'side_lying_hip_abduction')?.dosage).toBe(
      '4 sets of 10',
    );
    const versions = await handle.db
      .select({ version: schema.plans.version, status: schema.plans.status })
      .from(schema.plans)
      .where(eq(schema.plans.patientId, w.patient.id))
      .orderBy(schema.plans.version);
    expect(versions).toEqual([
      { version: 1, status: 'superseded' },
      { version: 2, status: 'active' },
    ]);
    await expect(
      clinician().plans.edit({ planId: before.id, removeKeys: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const strapOnly = clinician().plans.edit({
      planId: after.id,
      removeKeys: after.content.items.map((i) => i.key),
      add: [{ exerciseId: 'knee_strap' }],
    });
    await expect(strapOnly).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(strapOnly).rejects.toThrow(/only a brace/);
  });

  it('shows the patient their own plan only', async () => {
    const mine = await patient().plans.mine();
    expect(mine?.patientId).toBe(w.patient.id);
    expect(mine?.diagnosis.explanation.length).toBeGreaterThan(50);
    expect(await callerAs(env, viewerFor(w.otherUser, w.org, [])).plans.mine()).toBeNull();
    await expect(patient().plans.forPatient({ patientId: w.patient.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('ticks exercises and logs pain, and the clinician sees adherence', async () => {
    const view = await patient().plans.mine();
    if (!view) throw new Error('no plan');
    const [first, second] = view.todayItems;
    if (!first || !second) throw new Error('need two items today');
    await patient().plans.tick({ itemKey: first.key, done: true });
    await patient().plans.tick({ itemKey: second.key, done: true });
    await patient().plans.tick({ itemKey: second.key, done: false });
    await patient().plans.tick({ itemKey: second.key, done: true, day: '2026-11-26' });
    await patient().plans.tick({ itemKey: second.key, done: false });
    const after = await patient().plans.mine();
    expect(after?.todayItems.filter((i) => i.doneToday).map((i) => i.key)).toEqual([first.key]);
    await expect(patient().plans.tick({ itemKey: 'nope', done: true })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      patient().plans.tick({ itemKey: first.key, done: true, day: '2026-11-27' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await patient().plans.logPain({ pain: 3, distanceKm: 5, note: 'Felt fine' });
    await expect(patient().plans.logPain({ pain: 11 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });

    const adherence = await clinician().plans.adherence({ patientId: w.patient.id, weeks: 4 });
    if (!adherence) throw new Error('no adherence');
    // Plan started today: one window, one day; each item expects max(1, round(daysPerWeek/7)).
    expect(adherence.weeks).toHaveLength(1);
    const week = adherence.weeks[0];
    expect(week).toMatchObject({
      weekEnd: '2026-11-26',
      done: 1,
      prescribed: after?.todayItems.length,
    });
    expect(week?.share).toBeCloseTo(1 / (after?.todayItems.length ?? 1));
    expect(adherence.pain).toEqual([
      { day: '2026-11-26', pain: 3, distanceKm: 5, note: 'Felt fine' },
    ]);
  });

  it('renders the plan as a PDF for the patient and staff', async () => {
    const pdf = await patient().plans.pdf();
    const bytes = Buffer.from(pdf.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.filename).toMatch(/^stride-plan-v2\.pdf$/);
    const staff = await clinician().plans.pdfForPatient({ patientId: w.patient.id });
    expect(Buffer.from(staff.base64, 'base64').subarray(0, 4).toString()).toBe('%PDF');
    await expect(
      callerAs(env, viewerFor(w.otherUser, w.org, [])).plans.pdf(),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps plans in scope: other locations and organisations get NOT_FOUND', async () => {
    const desk = callerAs(env, viewerFor(w.southDesk, w.org, [w.south.id]));
    await expect(desk.plans.forPatient({ patientId: w.patient.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(desk.plans.adherence({ patientId: w.patient.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const foreign = callerAs(env, viewerFor(w.foreignClinician, w.foreignOrg, [w.foreignLoc.id]));
    await expect(
      foreign.plans.createFromDiagnosis({ diagnosisId: w.diagnosisId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(foreign.plans.forPatient({ patientId: w.patient.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const current = await clinician().plans.forPatient({ patientId: w.patient.id });
    await expect(
      foreign.plans.edit({ planId: current?.id ?? '', removeKeys: [] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      desk.plans.createFromDiagnosis({ diagnosisId: w.diagnosisId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
