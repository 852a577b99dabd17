import { randomUUID } from 'node:crypto';
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
import { orgPriorsSchema, startingPriors } from '@stride/diagnosis';

import { priorProfilesOutput } from '../src/priors/list-prior-profiles';
import { isStoredPriors, storedPriors } from '../src/priors/stored-priors';
import { callerAs, testEnv, viewerFor } from './helpers';

/**
 * Issue 9: the diagnosis panel's two reads (`encounters.get`, `priors.list`) are one statement
 * each, with their fixed SQL rendered once and the shipped or stored values they return checked
 * once. None of that may serve anything stale: every call reads the rows as they are now.
 */
const kinds = await integrationKinds();

describe("priors.list's output check", () => {
  const v1 = startingPriors('clinic-method');

  it('takes only priors that storedPriors parsed, never a value it did not', () => {
    const stored = storedPriors('org-check', 'profile', 1, structuredClone(v1));
    expect(isStoredPriors(stored)).toBe(true);
    // Equal, even schema output, but not what storedPriors answered: checked as unknown.
    expect(isStoredPriors(orgPriorsSchema.parse(v1))).toBe(false);
    expect(isStoredPriors(structuredClone(stored))).toBe(false);
    expect(isStoredPriors(null)).toBe(false);
    const own = (priors: unknown) => ({
      defaultProfileId: 'clinic-method',
      builtIns: [],
      own: [
        {
          id: 'p',
          name: 'P',
          basedOn: 'clinic-method',
          version: 1,
          priors,
          changedBy: 'A',
          changedAt: new Date(),
        },
      ],
    });
    expect(priorProfilesOutput.shape.own.safeParse(own(stored).own).success).toBe(true);
    expect(priorProfilesOutput.shape.own.safeParse(own(v1).own).success).toBe(false);
  });

  it('takes only the built-ins it checked when it loaded, not a copy made since', () => {
    expect(priorProfilesOutput.shape.builtIns.safeParse([]).success).toBe(false);
  });
});

describe.each(kinds)('the diagnosis panel reads the record as it is now on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;

  async function world(db: DatabaseHandle['db']) {
    const org = await makeOrganization(db);
    const loc = await makeLocation(db, org.id);
    const elsewhere = await makeLocation(db, org.id);
    const admin = await makeMember(db, org.id, 'admin');
    const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
    const colleague = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
    const away = await makeMember(db, org.id, 'clinician', { locationIds: [elsewhere.id] });
    const patient = await makePatient(db, org.id, { homeLocationId: loc.id });
    const other = await makeOrganization(db, 'Elsewhere');
    const otherLoc = await makeLocation(db, other.id);
    const otherDoc = await makeMember(db, other.id, 'clinician', { locationIds: [otherLoc.id] });
    const foreign = await makePatient(db, other.id, { homeLocationId: otherLoc.id });
    return {
      org,
      loc,
      admin,
      clinician,
      colleague,
      away,
      patient,
      other,
      otherLoc,
      otherDoc,
      foreign,
    };
  }
  const doc = () => callerAs(env, viewerFor(w.clinician, w.org, [w.loc.id]));
  const colleague = () => callerAs(env, viewerFor(w.colleague, w.org, [w.loc.id]));
  const admin = () => callerAs(env, viewerFor(w.admin, w.org, 'all'));
  const encounterRow = async (id: string) => {
    const [row] = await handle.db
      .select()
      .from(schema.encounters)
      .where(and(eq(schema.encounters.organizationId, w.org.id), eq(schema.encounters.id, id)));
    if (!row) throw new Error(`no encounter ${id}`);
    return row;
  };
  const reads = async (id: string) =>
    (
      await handle.db
        .select()
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.organizationId, w.org.id), eq(schema.auditLog.entityId, id)))
    ).filter((a) => a.action === 'encounter.read');

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await world(handle.db);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  it('shows every write to the encounter at the next open, and audits each open', async () => {
    const { id } = await doc().encounters.start({ patientId: w.patient.id });
    const opened = await doc().encounters.get({ encounterId: id });
    const row = await encounterRow(id);
    expect(opened).toMatchObject({
      id,
      status: 'open',
      revision: row.revision,
      exam: row.exam,
      startedAt: row.startedAt,
      updatedAt: row.updatedAt,
      signedAt: null,
      location: { name: w.loc.name },
      addenda: [],
      diagnosis: null,
    });

    const exam = { ...opened.exam, symptomaticSide: 'left' };
    await doc().encounters.saveExam({ encounterId: id, revision: opened.revision, exam });
    const saved = await doc().encounters.get({ encounterId: id });
    expect(saved.revision).toBe(opened.revision + 1);
    expect(saved.exam).toEqual(exam);
    expect(saved.updatedAt).toEqual((await encounterRow(id)).updatedAt);

    const first = await doc().encounters.confirmDiagnosis({
      encounterId: id,
      condition: 'chondromalacia_patellae',
      side: 'left',
    });
    expect((await doc().encounters.get({ encounterId: id })).diagnosis?.id).toBe(first.id);
    const second = await doc().encounters.confirmDiagnosis({
      encounterId: id,
      condition: 'patellar_tendinopathy',
      side: 'bilateral',
    });
    const [current] = await handle.db
      .select()
      .from(schema.diagnoses)
      .where(
        and(eq(schema.diagnoses.organizationId, w.org.id), eq(schema.diagnoses.id, second.id)),
      );
    expect((await doc().encounters.get({ encounterId: id })).diagnosis).toEqual({
      id: second.id,
      condition: 'patellar_tendinopathy',
      side: 'bilateral',
      icd10Code: current?.icd10Code,
      engineTop: current?.engineTop,
      profileId: current?.profileId,
      confirmedAt: current?.confirmedAt,
    });

    await doc().encounters.sign({ encounterId: id });
    const signed = await doc().encounters.get({ encounterId: id });
    expect(signed).toMatchObject({ status: 'signed', addenda: [] });
    expect(signed.signedAt).toEqual((await encounterRow(id)).signedAt);

    await colleague().encounters.addAddendum({ encounterId: id, text: 'Colleague’s note.' });
    await doc().encounters.addAddendum({ encounterId: id, text: 'Mine, "quoted" \\ after.' });
    const stored = await handle.db
      .select()
      .from(schema.encounterAddenda)
      .where(
        and(
          eq(schema.encounterAddenda.organizationId, w.org.id),
          eq(schema.encounterAddenda.encounterId, id),
        ),
      );
    const { addenda } = await colleague().encounters.get({ encounterId: id });
    expect(addenda).toEqual(
      [...stored]
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .map((a) => ({
          id: a.id,
          text: a.text,
          author: a.authorId === w.colleague.id ? w.colleague.name : w.clinician.name,
          createdAt: a.createdAt,
        })),
    );
    expect(addenda.map((a) => a.text)).toEqual(['Colleague’s note.', 'Mine, "quoted" \\ after.']);

    // Six opens, six rows, each naming the patient and the encounter's location.
    const logged = await reads(id);
    expect(logged).toHaveLength(6);
    for (const r of logged)
      expect(r).toMatchObject({
        patientId: w.patient.id,
        locationId: w.loc.id,
        outcome: 'success',
      });
  });

  it("keeps the organisation's and the viewer's locations' scope", async () => {
    const { id } = await doc().encounters.start({ patientId: w.patient.id });
    const away = callerAs(env, viewerFor(w.away, w.org, [randomUUID()]));
    await expect(away.encounters.get({ encounterId: id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const foreignDoc = callerAs(env, viewerFor(w.otherDoc, w.other, [w.otherLoc.id]));
    const { id: foreignId } = await foreignDoc.encounters.start({ patientId: w.foreign.id });
    await expect(doc().encounters.get({ encounterId: foreignId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(foreignDoc.encounters.get({ encounterId: id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await reads(id)).toEqual([]);
  });

  it('lists each profile at its latest version, the default as set now, in name order', async () => {
    const before = await doc().priors.list();
    const { id: zed } = await admin().priors.create({ name: 'Zed', basedOn: 'clinic-method' });
    expect((await doc().priors.list()).own.map((p) => [p.name, p.version])).toEqual([
      ...before.own.map((p) => [p.name, p.version]),
      ['Zed', 1],
    ]);
    const { id: alpha } = await admin().priors.create({ name: 'alpha', basedOn: 'literature' });
    const start = startingPriors('clinic-method');
    const edited = {
      female: start.female,
      male: {
        ...start.male,
        patellar_tendinopathy: { value: 0.13, citation: '  Our audit  ' },
        saphenous_nerve_entrapment: { value: 0.19 },
      },
    };
    await admin().priors.saveVersion({
      profileId: zed,
      baseVersion: 1,
      priors: edited,
      reason: 'Fewer hips in our women',
    });
    await admin().priors.setDefault({ profileId: alpha });
    const list = await doc().priors.list();
    expect(list.defaultProfileId).toBe(alpha);
    expect(list.builtIns).toEqual(before.builtIns);
    const versions = await handle.db
      .select()
      .from(schema.priorProfileVersions)
      .where(eq(schema.priorProfileVersions.organizationId, w.org.id));
    const latestOf = (id: string) =>
      versions.filter((v) => v.profileId === id).sort((a, b) => b.version - a.version)[0];
    // In the database's order of names (its collation, not JavaScript's), then ids.
    const order = await handle.db
      .select({ id: schema.priorProfiles.id })
      .from(schema.priorProfiles)
      .where(eq(schema.priorProfiles.organizationId, w.org.id))
      .orderBy(schema.priorProfiles.name, schema.priorProfiles.id);
    expect(list.own.map((p) => p.id)).toEqual(order.map((p) => p.id));
    for (const id of [zed, alpha]) {
      const v = latestOf(id);
      expect(list.own.find((p) => p.id === id)).toEqual({
        id,
        name: id === zed ? 'Zed' : 'alpha',
        basedOn: id === zed ? 'clinic-method' : 'literature',
        version: v?.version,
        priors: orgPriorsSchema.parse(v?.priors),
        changedBy: w.admin.name,
        changedAt: v?.createdAt,
      });
    }
    expect(list.own.find((p) => p.id === zed)).toMatchObject({ version: 2 });
  });
});
