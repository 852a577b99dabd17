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

import { callerAs, sharedCaseText, testEnv, viewerFor } from './helpers';

const kinds = await integrationKinds();

describe.each(kinds)('encounters on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;

  async function world(db: DatabaseHandle['db']) {
    const org = await makeOrganization(db);
    const loc = await makeLocation(db, org.id);
    const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
    const desk = await makeMember(db, org.id, 'front_desk', { locationIds: [loc.id] });
    const patient = await makePatient(db, org.id, {
      homeLocationId: loc.id,
      primaryClinicianId: clinician.id,
    });
    const other = await makeOrganization(db, 'Elsewhere');
    const otherLoc = await makeLocation(db, other.id);
    const foreign = await makePatient(db, other.id, { homeLocationId: otherLoc.id });
    return { org, loc, clinician, desk, patient, foreign };
  }
  const doc = () => callerAs(env, viewerFor(w.clinician, w.org, [w.loc.id]));

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await world(handle.db);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  it('starts from the patient details, autosaves by revision and refuses a stale save', async () => {
    const { id } = await doc().encounters.start({ patientId: w.patient.id });
    const e = await doc().encounters.get({ encounterId: id });
    expect(e.exam).toMatchObject({
      format: 'stride.exam-record/v1',
      patient: { sex: 'female' },
      history: { weeklyDistanceKm: 40 },
    });
    const exam = { ...e.exam, symptomaticSide: 'right', gait: { cadenceSpm: 158 } };
    const saved = await doc().encounters.saveExam({ encounterId: id, revision: e.revision, exam });
    expect(saved.revision).toBe(e.revision + 1);
    await expect(
      doc().encounters.saveExam({ encounterId: id, revision: e.revision, exam }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      doc().encounters.saveExam({
        encounterId: id,
        revision: saved.revision,
        exam: { ...exam, gait: { cadenceSpm: 999 } },
      }),
    ).rejects.toThrow(/gait\.cadenceSpm/);
  });

  it('starts from the latest submitted intake: side and history come with it', async () => {
    const p = await makePatient(handle.db, w.org.id, { homeLocationId: w.loc.id });
    await handle.db.insert(schema.intakes).values({
      organizationId: w.org.id,
      patientId: p.id,
      version: 1,
      status: 'submitted',
      data: { side: 'left', painRegions: ['lateral_knee'], onset: 'insidious', durationWeeks: 5 },
      submittedAt: new Date(),
    });
    const { id } = await doc().encounters.start({ patientId: p.id });
    const e = await doc().encounters.get({ encounterId: id });
    expect(e.exam).toMatchObject({
      symptomaticSide: 'left',
      history: {
        painRegions: ['lateral_knee'],
        onset: 'insidious',
        durationWeeks: 5,
        weeklyDistanceKm: 40,
      },
    });
  });

  it('imports gait CSV all or nothing, naming each bad line', async () => {
    const { id } = await doc().encounters.start({ patientId: w.patient.id });
    const bad =
      'metric,side,value\ncadenceSpm,both,170\npeakHipAdductionDeg,left,abc\nnoSuchMetric,right,1\n';
    await expect(
      doc().encounters.importGaitCsv({ encounterId: id, revision: 0, csv: bad }),
    ).rejects.toThrow(
      /Line 3: peakHipAdductionDeg must be a number[\s\S]*Line 4: unknown metric "noSuchMetric"/,
    );
    expect((await doc().encounters.get({ encounterId: id })).exam).not.toHaveProperty('gait');
    const good =
      'metric,side,value\ncadenceSpm,both,170\npeakHipAdductionDeg,left,12.5\ndynamicKneeValgus,right,mild\n';
    const result = await doc().encounters.importGaitCsv({
      encounterId: id,
      revision: 0,
      csv: good,
    });
    expect(result.rows).toBe(3);
    expect((await doc().encounters.get({ encounterId: id })).exam).toMatchObject({
      gait: {
        cadenceSpm: 170,
        left: { peakHipAdductionDeg: 12.5 },
        right: { dynamicKneeValgus: 'mild' },
      },
    });
  });

  it('round-trips a public case through import and export, and names the path of a bad one', async () => {
    const text = sharedCaseText('p04-itbs-textbook.json');
    const { id } = await doc().encounters.importCase({ patientId: w.patient.id, json: text });
    expect(await doc().encounters.exportCase({ encounterId: id })).toEqual(JSON.parse(text));
    await expect(
      doc().encounters.importCase({
        patientId: w.patient.id,
        json: '{"format":"stride.case/v1","gait":{"cadenceSpm":"fast"}}',
      }),
    ).rejects.toThrow(/gait\.cadenceSpm/);
    await expect(
      doc().encounters.importCase({ patientId: w.patient.id, json: 'not json' }),
    ).rejects.toThrow(/not valid JSON/);
  });

  it('confirms a diagnosis with ICD-10-CM and the engine snapshot; confirming again supersedes', async () => {
    const { id } = await doc().encounters.importCase({
      patientId: w.patient.id,
      json: sharedCaseText('p10-patellar-tendinopathy.json'),
    });
    const first = await doc().encounters.confirmDiagnosis({
      encounterId: id,
      condition: 'patellar_tendinopathy',
      side: 'right',
    });
    expect(first.engineTop).toBe('patellar_tendinopathy');
    expect(first.icd10Code).toMatch(/^M76\.5/);
    const second = await doc().encounters.confirmDiagnosis({
      encounterId: id,
      condition: 'chondromalacia_patellae',
      side: 'right',
      note: 'MRI findings',
    });
    const rows = await handle.db
      .select()
      .from(schema.diagnoses)
      .where(
        and(eq(schema.diagnoses.organizationId, w.org.id), eq(schema.diagnoses.encounterId, id)),
      );
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.supersededAt === null).map((r) => r.id)).toEqual([second.id]);
    expect(rows.find((r) => r.id === second.id)).toMatchObject({
      engineTop: 'patellar_tendinopathy',
      profileId: 'clinic-method',
      engineVersion: '1.0.0',
    });
    expect(rows[0]?.engineOutput).toHaveProperty('differential');
    const list = await doc().encounters.forPatient({ patientId: w.patient.id });
    expect(list.find((e) => e.id === id)?.diagnosis?.condition).toBe('chondromalacia_patellae');
    // The workspace shows the current diagnosis only, read in the same statement as the encounter.
    const current = rows.find((r) => r.id === second.id);
    expect((await doc().encounters.get({ encounterId: id })).diagnosis).toEqual({
      id: second.id,
      condition: 'chondromalacia_patellae',
      side: 'right',
      icd10Code: second.icd10Code,
      engineTop: 'patellar_tendinopathy',
      profileId: 'clinic-method',
      confirmedAt: current?.confirmedAt,
    });
  });

  it('freezes a signed encounter and takes addenda; every write is audited', async () => {
    const { id } = await doc().encounters.start({ patientId: w.patient.id });
    await doc().encounters.sign({ encounterId: id });
    await expect(
      doc().encounters.saveExam({
        encounterId: id,
        revision: 0,
        exam: { format: 'stride.exam-record/v1' },
      }),
    ).rejects.toThrow(/signed and read-only/);
    const signed = await doc().encounters.get({ encounterId: id });
    expect(signed).toMatchObject({ status: 'signed', diagnosis: null, addenda: [] });
    expect(signed.patient).toEqual({
      id: w.patient.id,
      name: `${w.patient.givenName} ${w.patient.familyName}`,
      sex: 'female',
      dateOfBirth: '1990-05-17',
    });
    await doc().encounters.addAddendum({ encounterId: id, text: 'Left knee also examined.' });
    await doc().encounters.addAddendum({ encounterId: id, text: 'Seen again a week later.' });
    const { addenda } = await doc().encounters.get({ encounterId: id });
    expect(addenda.map((a) => [a.text, a.author])).toEqual([
      ['Left knee also examined.', w.clinician.name],
      ['Seen again a week later.', w.clinician.name],
    ]);
    const actions = (
      await handle.db
        .select()
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.organizationId, w.org.id), eq(schema.auditLog.entityId, id)))
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'encounter.start',
        'encounter.sign',
        'encounter.addendum',
        'encounter.read',
      ]),
    );
  });

  it("keeps other organisations' patients and the front desk out", async () => {
    await expect(doc().encounters.start({ patientId: w.foreign.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const desk = callerAs(env, viewerFor(w.desk, w.org, [w.loc.id]));
    await expect(desk.encounters.start({ patientId: w.patient.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
