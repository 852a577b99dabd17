import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import type { IntakeData } from '@stride/exam-schema';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
} from '@stride/db/testing';

import { callerAs, testEnv, viewerFor } from './helpers';

const kinds = await integrationKinds();

const answers: IntakeData = {
  side: 'left',
  painRegions: ['medial_knee', 'medial_thigh'],
  painQualities: ['burning'],
  aggravators: ['running_fixed_distance'],
  onset: 'insidious',
  durationWeeks: 8,
  backPain: false,
  weeklyDistanceKm: 50,
  recentLoadIncreasePct: 25,
  targetRaceName: 'Los Angeles Marathon',
  targetRaceDate: '2027-03-21',
  redFlags: ['calf_swelling_or_tenderness'],
};

async function world(db: DatabaseHandle['db']) {
  const org = await makeOrganization(db, 'Intake Clinics');
  const north = await makeLocation(db, org.id, { name: 'North' });
  const south = await makeLocation(db, org.id, { name: 'South' });
  const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [north.id] });
  const southDesk = await makeMember(db, org.id, 'front_desk', { locationIds: [south.id] });
  const patientUser = await makeMember(db, org.id, 'patient');
  const patient = await makePatient(db, org.id, {
    homeLocationId: north.id,
    userId: patientUser.id,
    givenName: 'Ana',
    familyName: 'Lopez',
  });
  const other = await makeOrganization(db, 'Other Group');
  const otherLoc = await makeLocation(db, other.id);
  const otherClinician = await makeMember(db, other.id, 'clinician', {
    locationIds: [otherLoc.id],
  });
  return { org, north, south, clinician, southDesk, patientUser, patient, other, otherClinician };
}

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'OK';
  } catch (e) {
    return e instanceof TRPCError ? `${e.code}: ${e.message}` : String(e);
  }
}

describe.each(kinds)('intake on %s', (kind) => {
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

  const patient = () => callerAs(env, viewerFor(w.patientUser, w.org, []));
  const clinician = () => callerAs(env, viewerFor(w.clinician, w.org, [w.north.id]));
  const auditActions = async () =>
    (
      await handle.db
        .select({ action: schema.auditLog.action, detail: schema.auditLog.detail })
        .from(schema.auditLog)
        .where(
          and(
            eq(schema.auditLog.organizationId, w.org.id),
            eq(schema.auditLog.patientId, w.patient.id),
          ),
        )
        .orderBy(schema.auditLog.occurredAt, schema.auditLog.id)
    ).map((r) => r.action);

  it('starts empty, saves a draft as the patient goes and resumes it', async () => {
    const empty = await patient().intake.mine();
    expect(empty).toMatchObject({ fullName: 'Ana Lopez', current: null, lastSubmitted: null });

    const first = await patient().intake.saveDraft({ data: { side: 'left' } });
    expect(first).toMatchObject({ version: 1, status: 'draft' });
    const second = await patient().intake.saveDraft({ data: answers });
    expect(second).toMatchObject({ id: first.id, version: 1, status: 'draft' });

    const resumed = await patient().intake.mine();
    expect(resumed.current).toMatchObject({ version: 1, status: 'draft', data: answers });
    expect(resumed.current?.redFlags).toEqual(['calf_swelling_or_tenderness']);
    // Staff see nothing until the patient signs, only that a draft exists.
    expect(await clinician().intake.forPatient({ patientId: w.patient.id })).toMatchObject({
      shown: null,
      versions: [],
      draftInProgress: { version: 1 },
    });
  });

  it('rejects a bad value with an error naming the field', async () => {
    expect(
      await codeOf(patient().intake.saveDraft({ data: { ...answers, weeklyDistanceKm: 900 } })),
    ).toMatch(/Weekly running distance \(km\): enter a number between 0 and 400/);
  });

  it('refuses a submission without consent, with a wrong name, or incomplete', async () => {
    expect(
      await codeOf(
        patient().intake.submit({ data: answers, consent: true, signedName: 'Ann Lopez' }),
      ),
    ).toBe(
      'BAD_REQUEST: Your full name: type your name as it is on your record (Ana Lopez) to sign.',
    );
    expect(
      await codeOf(
        patient().intake.submit({
          data: answers,
          consent: false as true,
          signedName: 'Ana Lopez',
        }),
      ),
    ).toMatch(/Consent: tick the box/);
    expect(
      await codeOf(
        patient().intake.submit({
          data: { ...answers, onset: undefined },
          consent: true,
          signedName: 'Ana Lopez',
        }),
      ),
    ).toBe('BAD_REQUEST: How it started: choose how it started.');
    expect((await patient().intake.mine()).current?.status).toBe('draft');
  });

  it('freezes v1 on submit with the signature and time; a later edit starts v2', async () => {
    const submitted = await patient().intake.submit({
      data: answers,
      consent: true,
      signedName: '  ana LOPEZ ',
    });
    expect(submitted).toMatchObject({ version: 1, status: 'submitted' });

    const seen = await clinician().intake.forPatient({ patientId: w.patient.id });
    expect(seen.shown).toMatchObject({
      version: 1,
      status: 'submitted',
      signedName: 'ana LOPEZ',
      redFlags: ['calf_swelling_or_tenderness'],
      data: answers,
    });
    expect(seen.shown?.signedAt?.toISOString()).toBe('2026-11-26T17:00:00.000Z');
    expect(seen.draftInProgress).toBeNull();

    const edit = await patient().intake.saveDraft({
      data: { ...answers, redFlags: [], noRedFlags: true },
    });
    expect(edit).toMatchObject({ version: 2, status: 'draft' });
    expect((await patient().intake.mine()).lastSubmitted).toMatchObject({ version: 1 });

    // v1 did not change, and staff still see it (with the draft noted) until v2 is submitted.
    const afterEdit = await clinician().intake.forPatient({ patientId: w.patient.id });
    expect(afterEdit.shown).toMatchObject({
      version: 1,
      redFlags: ['calf_swelling_or_tenderness'],
    });
    expect(afterEdit.draftInProgress).toMatchObject({ version: 2 });

    await patient().intake.submit({
      data: { ...answers, redFlags: [], noRedFlags: true },
      consent: true,
      signedName: 'Ana Lopez',
    });
    const latest = await clinician().intake.forPatient({ patientId: w.patient.id });
    expect(latest.shown).toMatchObject({ version: 2, redFlags: [] });
    expect(latest.versions.map((v) => [v.version, v.redFlags])).toEqual([
      [2, []],
      [1, ['calf_swelling_or_tenderness']],
    ]);
    const v1 = await clinician().intake.forPatient({ patientId: w.patient.id, version: 1 });
    expect(v1.shown?.data.redFlags).toEqual(['calf_swelling_or_tenderness']);
    expect(
      await codeOf(clinician().intake.forPatient({ patientId: w.patient.id, version: 9 })),
    ).toMatch(/^NOT_FOUND/);
  });

  it('keeps other organisations and locations out', async () => {
    const outsider = callerAs(env, viewerFor(w.otherClinician, w.other, 'all'));
    expect(await codeOf(outsider.intake.forPatient({ patientId: w.patient.id }))).toMatch(
      /^NOT_FOUND/,
    );
    // The front desk does not read clinical history at all.
    const desk = callerAs(env, viewerFor(w.southDesk, w.org, [w.south.id]));
    expect(await codeOf(desk.intake.forPatient({ patientId: w.patient.id }))).toMatch(/^FORBIDDEN/);
    expect(
      await codeOf(
        (
          patient() as unknown as { intake: { forPatient: (i: unknown) => Promise<unknown> } }
        ).intake.forPatient({ patientId: w.patient.id }),
      ),
    ).toMatch(/^FORBIDDEN/);
  });

  it('audits every write and every staff read', async () => {
    const actions = await auditActions();
    expect(actions.filter((a) => a === 'patient.intake.save_draft')).toHaveLength(3);
    expect(actions.filter((a) => a === 'patient.intake.submit')).toHaveLength(2);
    // Five reads in scope; the refused ones (unknown version, other org) leave no read behind.
    expect(actions.filter((a) => a === 'patient.intake.read')).toHaveLength(5);
  });
});
