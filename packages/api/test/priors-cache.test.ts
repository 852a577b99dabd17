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
import { orgPriorsSchema, startingPriors } from '@stride/diagnosis';

import { storedPriors } from '../src/priors/stored-priors';
import { callerAs, sharedCaseText, testEnv, viewerFor } from './helpers';

const kinds = await integrationKinds();
const p10 = sharedCaseText('p10-patellar-tendinopathy.json');

describe('storedPriors (parsed once per profile version)', () => {
  const v1 = startingPriors('clinic-method');
  const v2: SexSpecificOrgPriors = {
    female: {
      ...v1.female,
      saphenous_nerve_entrapment: { value: 0.3 },
      hip_referred_pain: { value: 0.06 },
    },
    male: v1.male,
  };

  it('returns the parse of the stored value, the same frozen object for the same version', () => {
    const first = storedPriors('org-a', 'profile', 1, structuredClone(v1));
    expect(first).toEqual(orgPriorsSchema.parse(v1));
    expect(storedPriors('org-a', 'profile', 1, structuredClone(v1))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as SexSpecificOrgPriors).female.hip_referred_pain.value = 0.5;
    }).toThrow(TypeError);
  });

  it('keys by organisation, profile and version: a new version is parsed afresh', () => {
    expect(storedPriors('org-a', 'p2', 1, v1)).toEqual(v1);
    expect(storedPriors('org-a', 'p2', 2, v2)).toEqual(v2);
    expect(storedPriors('org-b', 'p2', 1, v2)).toEqual(v2);
  });

  it('refuses an invalid stored value instead of caching it', () => {
    const broken = { ...v1, female: { ...v1.female, hip_referred_pain: { value: 0.9 } } };
    expect(() => storedPriors('org-a', 'broken', 1, broken)).toThrow(/add up to/);
    expect(() => storedPriors('org-a', 'broken', 1, broken)).toThrow(/add up to/);
  });
});

describe.each(kinds)('prior profile versions read through the cache on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;

  async function world(db: DatabaseHandle['db']) {
    const org = await makeOrganization(db);
    const loc = await makeLocation(db, org.id);
    const admin = await makeMember(db, org.id, 'admin');
    const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
    const patient = await makePatient(db, org.id, { homeLocationId: loc.id });
    return { org, loc, admin, clinician, patient };
  }
  const admin = () => callerAs(env, viewerFor(w.admin, w.org, 'all'));
  const doc = () => callerAs(env, viewerFor(w.clinician, w.org, [w.loc.id]));
  const storedVersions = (profileId: string) =>
    handle.db
      .select()
      .from(schema.priorProfileVersions)
      .where(
        and(
          eq(schema.priorProfileVersions.organizationId, w.org.id),
          eq(schema.priorProfileVersions.profileId, profileId),
        ),
      );

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await world(handle.db);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  it('sees a saved version at once in the list, the history and the next diagnosis', async () => {
    const { id } = await admin().priors.create({ name: 'Cached', basedOn: 'clinic-method' });
    const { id: encounterId } = await doc().encounters.importCase({
      patientId: w.patient.id,
      json: p10,
    });
    const confirm = async () => {
      const { id: diagnosisId } = await doc().encounters.confirmDiagnosis({
        encounterId,
        condition: 'patellar_tendinopathy',
        side: 'right',
        profile: id,
      });
      const [row] = await handle.db
        .select()
        .from(schema.diagnoses)
        .where(
          and(eq(schema.diagnoses.organizationId, w.org.id), eq(schema.diagnoses.id, diagnosisId)),
        );
      return row;
    };
    // Version 1 is read (and parsed) by every path before version 2 exists.
    expect((await doc().priors.list()).own.find((p) => p.id === id)?.version).toBe(1);
    expect(await confirm()).toMatchObject({ profileVersion: 1 });
    const start = startingPriors('clinic-method');
    const edited: SexSpecificOrgPriors = {
      female: start.female,
      male: {
        ...start.male,
        patellar_tendinopathy: { value: 0.13 },
        saphenous_nerve_entrapment: { value: 0.19 },
      },
    };
    await admin().priors.saveVersion({
      profileId: id,
      baseVersion: 1,
      priors: edited,
      reason: 'More tendinopathy in our men',
    });
    const listed = (await doc().priors.list()).own.find((p) => p.id === id);
    expect(listed).toMatchObject({ version: 2 });
    expect(listed?.priors).toEqual(orgPriorsSchema.parse(edited));
    const history = await admin().priors.get({ profileId: id });
    expect(history.versions.map((v) => [v.version, v.priors])).toEqual([
      [2, orgPriorsSchema.parse(edited)],
      [1, orgPriorsSchema.parse(start)],
    ]);
    const second = await confirm();
    expect(second).toMatchObject({ profileVersion: 2 });
    expect(second?.engineOutput).toMatchObject({ profile: { id, version: 2 } });
  });

  it('lists exactly what a fresh parse of the stored latest version gives', async () => {
    const listMatchesStore = async () => {
      const list = await doc().priors.list();
      for (const own of list.own) {
        const stored = await storedVersions(own.id);
        const latest = stored.reduce((a, b) => (b.version > a.version ? b : a));
        expect(own.version).toBe(latest.version);
        expect(own.priors).toEqual(orgPriorsSchema.parse(latest.priors));
      }
      return list.own.map((p) => p.id);
    };
    const { id } = await admin().priors.create({ name: 'Fresh', basedOn: 'literature' });
    expect(await listMatchesStore()).toContain(id);
    const start = startingPriors('literature');
    await admin().priors.saveVersion({
      profileId: id,
      baseVersion: 1,
      priors: {
        ...start,
        patellar_tendinopathy: { value: 0.11 },
        hip_referred_pain: { value: 0.02, citation: '  Our own audit  ' },
      },
      reason: 'Checked against our records',
    });
    // Twice: once parsing version 2, once from the cache.
    expect(await listMatchesStore()).toContain(id);
    expect(await listMatchesStore()).toContain(id);
  });
});
