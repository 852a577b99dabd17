import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import type { SexSpecificOrgPriors } from '@stride/diagnosis';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
} from '@stride/db/testing';
import { startingPriors } from '@stride/diagnosis';

import { callerAs, sharedCaseText, testEnv, viewerFor } from './helpers';

const kinds = await integrationKinds();
const p10 = sharedCaseText('p10-patellar-tendinopathy.json');

describe.each(kinds)('prior profiles on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;

  async function world(db: DatabaseHandle['db']) {
    const org = await makeOrganization(db);
    const loc = await makeLocation(db, org.id);
    const admin = await makeMember(db, org.id, 'admin', { name: 'Ada Admin' });
    const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
    const desk = await makeMember(db, org.id, 'front_desk', { locationIds: [loc.id] });
    const patient = await makePatient(db, org.id, { homeLocationId: loc.id });
    const other = await makeOrganization(db, 'Rival Physio');
    const otherAdmin = await makeMember(db, other.id, 'admin');
    return { org, loc, admin, clinician, desk, patient, other, otherAdmin };
  }
  const admin = () => callerAs(env, viewerFor(w.admin, w.org, 'all'));
  const doc = () => callerAs(env, viewerFor(w.clinician, w.org, [w.loc.id]));
  const rival = () => callerAs(env, viewerFor(w.otherAdmin, w.other, 'all'));
  const auditRows = (action: string, entityId: string) =>
    handle.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, action), eq(schema.auditLog.entityId, entityId)));

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await world(handle.db);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  it('creates a profile from a built-in as version 1; names are unique per organisation', async () => {
    const { id } = await admin().priors.create({ name: 'Venice view', basedOn: 'literature' });
    const list = await admin().priors.list();
    expect(list.defaultProfileId).toBe('clinic-method');
    expect(list.builtIns.map((b) => b.id)).toEqual(['clinic-method', 'literature']);
    const own = list.own.find((p) => p.id === id);
    expect(own).toMatchObject({ name: 'Venice view', basedOn: 'literature', version: 1 });
    expect(own?.priors).toEqual(startingPriors('literature'));
    expect(await auditRows('prior_profile.create', id)).toHaveLength(1);
    const duplicate = admin().priors.create({ name: 'Venice view', basedOn: 'clinic-method' });
    await expect(duplicate).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(duplicate).rejects.toThrow('A profile named “Venice view” already exists.');
    // The rival organisation may use the same name: uniqueness is per organisation.
    await expect(
      rival().priors.create({ name: 'Venice view', basedOn: 'literature' }),
    ).resolves.toHaveProperty('id');
  });

  it('saves an edit as version 2 with its reason, diff and one audit row', async () => {
    const { id } = await admin().priors.create({ name: 'Hip-first', basedOn: 'clinic-method' });
    const v1 = (await admin().priors.get({ profileId: id })).versions[0];
    // clinic-method is sex-specific, and so is a copy of it: both tables, exactly.
    expect(v1?.priors).toEqual(startingPriors('clinic-method'));
    const start = startingPriors('clinic-method');
    const priors: SexSpecificOrgPriors = {
      female: {
        ...start.female,
        saphenous_nerve_entrapment: { value: 0.3 },
        hip_referred_pain: { value: 0.06, citation: 'Clinic audit of 2025 referrals' },
      },
      male: start.male,
    };
    const saved = await admin().priors.saveVersion({
      profileId: id,
      baseVersion: 1,
      priors,
      reason: 'More hip referrals than the founding clinic saw',
    });
    expect(saved.version).toBe(2);
    const view = await admin().priors.get({ profileId: id });
    expect(view.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(view.versions[0]).toMatchObject({
      reason: 'More hip referrals than the founding clinic saw',
      changedBy: 'Ada Admin',
      changes: [
        {
          condition: 'saphenous_nerve_entrapment',
          sex: 'female',
          before: { value: 0.34 },
          after: { value: 0.3 },
        },
        {
          condition: 'hip_referred_pain',
          sex: 'female',
          before: { value: 0.02 },
          after: { value: 0.06, citation: 'Clinic audit of 2025 referrals' },
        },
      ],
    });
    // Version 1 is still there, unchanged: versions are added, never updated.
    expect(view.versions[1]?.priors).toEqual(startingPriors('clinic-method'));
    const [row] = await auditRows('prior_profile.edit', id);
    expect(row?.detail).toMatchObject({
      version: 2,
      reason: 'More hip referrals than the founding clinic saw',
    });
    expect(await auditRows('prior_profile.edit', id)).toHaveLength(1);
    // An edit made on version 1 after version 2 exists would silently undo it.
    await expect(
      admin().priors.saveVersion({ profileId: id, baseVersion: 1, priors, reason: 'Again, stale' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses values that do not sum to 1, naming the total, and edits without a reason', async () => {
    const { id } = await admin().priors.create({ name: 'Off by some', basedOn: 'literature' });
    const priors = { ...startingPriors('literature'), hip_referred_pain: { value: 0.004 } };
    const offBy = admin().priors.saveVersion({
      profileId: id,
      baseVersion: 1,
      priors,
      reason: 'Typo test',
    });
    await expect(offBy).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(offBy).rejects.toThrow(
      'The values add up to 97.4 %; they must add up to 100.0 %.',
    );
    await expect(
      admin().priors.saveVersion({
        profileId: id,
        baseVersion: 1,
        priors: startingPriors('clinic-method'),
        reason: '',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await admin().priors.get({ profileId: id })).versions).toHaveLength(1);
    expect(await auditRows('prior_profile.edit', id)).toHaveLength(0);
  });

  it('sets the default, which a confirmed diagnosis then names with its version', async () => {
    const { id } = await admin().priors.create({ name: 'Default-to-be', basedOn: 'literature' });
    await admin().priors.saveVersion({
      profileId: id,
      baseVersion: 1,
      priors: {
        ...startingPriors('literature'),
        patellofemoral_malalignment: { value: 0.3 },
        patellar_tendinopathy: { value: 0.2 },
      },
      reason: 'Our jumpers see more tendinopathy',
    });
    await admin().priors.setDefault({ profileId: id });
    expect((await doc().priors.list()).defaultProfileId).toBe(id);
    const defaults = await handle.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'prior_profile.set_default'));
    expect(defaults.at(-1)?.detail).toMatchObject({ previous: 'clinic-method', profileId: id });

    const { id: encounterId } = await doc().encounters.importCase({
      patientId: w.patient.id,
      json: p10,
    });
    const confirmed = async (profile?: string) => {
      const { id: diagnosisId } = await doc().encounters.confirmDiagnosis({
        encounterId,
        condition: 'patellar_tendinopathy',
        side: 'right',
        ...(profile ? { profile } : {}),
      });
      const [row] = await handle.db
        .select()
        .from(schema.diagnoses)
        .where(
          and(eq(schema.diagnoses.organizationId, w.org.id), eq(schema.diagnoses.id, diagnosisId)),
        );
      return row;
    };
    const byDefault = await confirmed();
    expect(byDefault).toMatchObject({ profileId: id, profileVersion: 2 });
    expect(byDefault?.engineOutput).toMatchObject({
      profile: { id, version: 2 },
      otherProfile: { id: 'clinic-method' },
    });
    // The clinician's switch still picks a built-in for one confirmation.
    expect(await confirmed('literature')).toMatchObject({
      profileId: 'literature',
      profileVersion: 1,
    });
    await admin().priors.setDefault({ profileId: 'clinic-method' });
    expect(await confirmed()).toMatchObject({ profileId: 'clinic-method', profileVersion: 1 });
    expect(await confirmed(id)).toMatchObject({ profileId: id, profileVersion: 2 });
  });

  it("keeps another organisation's profiles NOT_FOUND everywhere", async () => {
    const { id } = await rival().priors.create({ name: 'Rival secret', basedOn: 'literature' });
    const edit = {
      profileId: id,
      baseVersion: 1,
      priors: startingPriors('clinic-method'),
      reason: 'Trying to edit theirs',
    };
    await expect(admin().priors.get({ profileId: id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(admin().priors.saveVersion(edit)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(admin().priors.setDefault({ profileId: id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await admin().priors.list()).own.map((p) => p.name)).not.toContain('Rival secret');
    const { id: encounterId } = await doc().encounters.start({ patientId: w.patient.id });
    await expect(
      doc().encounters.confirmDiagnosis({
        encounterId,
        condition: 'patellar_tendinopathy',
        side: 'left',
        profile: id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets clinicians read profiles but only admins change them', async () => {
    const { id } = await admin().priors.create({
      name: 'Read-only for doctors',
      basedOn: 'literature',
    });
    expect((await doc().priors.list()).own.map((p) => p.id)).toContain(id);
    const desk = callerAs(env, viewerFor(w.desk, w.org, [w.loc.id]));
    await expect(desk.priors.list()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(doc().priors.get({ profileId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      doc().priors.create({ name: 'Mine now', basedOn: 'literature' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(doc().priors.setDefault({ profileId: 'literature' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
