import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import type { OrgPriorTable } from '@stride/diagnosis';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
} from '@stride/db/testing';
import { conditionIds, startingPriors } from '@stride/diagnosis';

import { callerAs, sharedCaseText, testEnv, viewerFor } from './helpers';

const kinds = await integrationKinds();

/** What a version started from clinic-method held before profiles kept both sexes: the mean. */
function flatMeanOfClinicMethod(): OrgPriorTable {
  const { female, male } = startingPriors('clinic-method');
  const out = {} as Record<keyof OrgPriorTable, { value: number }>;
  for (const id of conditionIds)
    out[id] = { value: Math.round(((female[id].value + male[id].value) / 2) * 1000) / 1000 };
  return out;
}

describe.each(kinds)('sex-specific prior profiles on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;

  async function world(db: DatabaseHandle['db']) {
    const org = await makeOrganization(db);
    const loc = await makeLocation(db, org.id);
    const admin = await makeMember(db, org.id, 'admin');
    const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
    const woman = await makePatient(db, org.id, { homeLocationId: loc.id, sex: 'female' });
    const man = await makePatient(db, org.id, { homeLocationId: loc.id, sex: 'male' });
    return { org, loc, admin, clinician, woman, man };
  }
  const admin = () => callerAs(env, viewerFor(w.admin, w.org, 'all'));
  const doc = () => callerAs(env, viewerFor(w.clinician, w.org, [w.loc.id]));

  /** The engine output stored with a confirmed diagnosis on `profile`. */
  async function confirmedOutput(patientId: string, json: string, profile: string) {
    const { id: encounterId } = await doc().encounters.importCase({ patientId, json });
    const { id } = await doc().encounters.confirmDiagnosis({
      encounterId,
      condition: 'patellar_tendinopathy',
      side: 'right',
      profile,
    });
    const [row] = await handle.db
      .select({ output: schema.diagnoses.engineOutput })
      .from(schema.diagnoses)
      .where(and(eq(schema.diagnoses.organizationId, w.org.id), eq(schema.diagnoses.id, id)));
    return row?.output as { profile: unknown } | undefined;
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

  it('an unchanged copy of clinic-method, stored and read back, diagnoses as clinic-method does', async () => {
    const { id } = await admin().priors.create({ name: 'Our copy', basedOn: 'clinic-method' });
    for (const [patient, file] of [
      [w.woman, 'p01-saphenous-classic.json'],
      [w.man, 'p10-patellar-tendinopathy.json'],
    ] as const) {
      const copied = await confirmedOutput(patient.id, sharedCaseText(file), id);
      const builtIn = await confirmedOutput(patient.id, sharedCaseText(file), 'clinic-method');
      expect(copied?.profile).toEqual({ id, version: 1 });
      // Everything but the profile's name is the same: differential, next tests, referral.
      expect({ ...copied, profile: null }).toEqual({ ...builtIn, profile: null });
    }
  });

  it('refuses an edit whose male values do not add up, naming that table and its total', async () => {
    const { id } = await admin().priors.create({ name: 'Off for men', basedOn: 'clinic-method' });
    const { female, male } = startingPriors('clinic-method');
    const edit = admin().priors.saveVersion({
      profileId: id,
      baseVersion: 1,
      priors: { female, male: { ...male, hip_referred_pain: { value: 0.004 } } },
      reason: 'Typo in the male table',
    });
    await expect(edit).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(edit).rejects.toThrow(
      'The male values add up to 98.4 %; they must add up to 100.0 %.',
    );
    expect((await admin().priors.get({ profileId: id })).versions).toHaveLength(1);
  });

  it('keeps reading, editing and running versions stored in the one-table shape', async () => {
    const [profile] = await handle.db
      .insert(schema.priorProfiles)
      .values({
        organizationId: w.org.id,
        name: 'Saved in 2025',
        basedOn: 'clinic-method',
        createdBy: w.admin.id,
      })
      .returning({ id: schema.priorProfiles.id });
    if (!profile) throw new Error('no profile row');
    const old = flatMeanOfClinicMethod();
    await handle.db.insert(schema.priorProfileVersions).values({
      organizationId: w.org.id,
      profileId: profile.id,
      version: 1,
      priors: old,
      reason: 'Started from the Clinic method profile.',
      changedBy: w.admin.id,
    });
    const view = await admin().priors.get({ profileId: profile.id });
    expect(view.versions[0]?.priors).toEqual(old);
    expect((await admin().priors.list()).own.find((p) => p.id === profile.id)?.priors).toEqual(old);

    await admin().priors.saveVersion({
      profileId: profile.id,
      baseVersion: 1,
      priors: {
        ...old,
        saphenous_nerve_entrapment: { value: 0.28 },
        hip_referred_pain: { value: 0.03 },
      },
      reason: 'A small shift towards the hip',
    });
    const [latest] = (await admin().priors.get({ profileId: profile.id })).versions;
    expect(latest?.changes.map((c) => [c.sex, c.condition])).toEqual([
      ['any', 'saphenous_nerve_entrapment'],
      ['any', 'hip_referred_pain'],
    ]);
    const output = await confirmedOutput(
      w.man.id,
      sharedCaseText('p10-patellar-tendinopathy.json'),
      profile.id,
    );
    expect(output?.profile).toEqual({ id: profile.id, version: 2 });
  });
});
