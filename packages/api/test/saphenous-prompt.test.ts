import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database, DatabaseHandle } from '@stride/db';
import { schema } from '@stride/db';
import { createTestDatabase, integrationKinds } from '@stride/db/testing';
import { addDays, itemsOn } from '@stride/treatment';

import { seedExerciseLibrary } from '../src';
import { callerAs, testEnv, viewerFor } from './helpers';
import { examFrom, insertDiagnosis, insertEncounter, insertScore, people } from './progress-world';

const kinds = await integrationKinds();
const at = (iso: string) => new Date(`${iso}T17:00:00Z`);

/** A patellofemoral plan in week 8, well followed, not helping, with burning inner-knee pain. */
async function world(db: Database, env: Awaited<ReturnType<typeof testEnv>>) {
  const p = await people(db);
  await seedExerciseLibrary(db);
  const base = { org: p.org.id, patientId: p.patient.id, clinicianId: p.clinician.id };
  await db.insert(schema.intakes).values({
    organizationId: p.org.id,
    patientId: p.patient.id,
    version: 1,
    status: 'submitted',
    data: { side: 'right', painRegions: ['medial_knee'], painQualities: ['burning'] },
    submittedAt: at('2026-09-28'),
  });
  const encounterId = await insertEncounter(db, {
    ...base,
    locationId: p.loc.id,
    signed: true,
    startedAt: at('2026-09-30'),
    exam: examFrom('p01-saphenous-classic.json'),
  });
  const diagnosisId = await insertDiagnosis(db, { ...base, encounterId, at: at('2026-09-30') });
  const doc = viewerFor(p.clinician, p.org, [p.loc.id]);
  const plan = await callerAs(env, doc, at('2026-10-01')).plans.createFromDiagnosis({
    diagnosisId,
  });
  await insertScore(db, { ...base, instrumentId: 'nprs', usual: 6, at: at('2026-10-01') });
  await insertScore(db, { ...base, instrumentId: 'nprs', usual: 6, at: at('2026-11-24') });
  // Every prescribed item done every day of the last three weeks: adherence is not the reason.
  for (let day = '2026-11-05'; day <= '2026-11-26'; day = addDays(day, 1)) {
    for (const item of itemsOn(plan.content, day)) {
      await db.insert(schema.exerciseLogs).values({
        organizationId: p.org.id,
        patientId: p.patient.id,
        planId: plan.id,
        itemKey: item.key,
        day,
        done: true,
      });
    }
  }
  return { ...p, encounterId };
}

describe.each(kinds)('saphenous prompt on %s', (kind) => {
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
  const caseloadFlags = async () =>
    (await doc().caseload.list({})).patients
      .find((p) => p.id === w.patient.id)
      ?.flags.map((f) => f.id);

  it('prompts on the caseload and the chart', async () => {
    expect(await caseloadFlags()).toContain('saphenous_prompt');
    const prompt = await doc().progress.saphenousPrompt({ patientId: w.patient.id });
    expect(prompt).toMatchObject({
      id: 'saphenous_prompt',
      suggestedHistory: { priorCareFailed: ['patellofemoral_program'] },
    });
  });

  it('records prior care failed in a re-assessment, re-runs the engine, and goes quiet', async () => {
    const result = await doc().progress.recordPriorCareFailed({ patientId: w.patient.id });
    // The first encounter is signed, so it stays as it was and a new one carries the history.
    expect(result.newEncounter).toBe(true);
    const [created] = await handle.db
      .select()
      .from(schema.encounters)
      .where(eq(schema.encounters.id, result.encounterId));
    expect(created?.status).toBe('open');
    expect(created?.exam).toMatchObject({
      history: { priorCareFailed: ['patellofemoral_program'] },
    });
    expect(created?.exam).not.toHaveProperty('gait');
    const [original] = await handle.db
      .select()
      .from(schema.encounters)
      .where(eq(schema.encounters.id, w.encounterId));
    expect(original?.exam.history).not.toHaveProperty('priorCareFailed');
    const saphenous = (list: typeof result.before) =>
      list.find((d) => d.condition === 'saphenous_nerve_entrapment')?.probability ?? 0;
    expect(saphenous(result.after)).toBeGreaterThan(saphenous(result.before));
    expect(
      await handle.db
        .select()
        .from(schema.auditLog)
        .where(
          and(
            eq(schema.auditLog.organizationId, w.org.id),
            eq(schema.auditLog.action, 'encounter.prior_care_failed'),
          ),
        ),
    ).toHaveLength(1);
    expect(await doc().progress.saphenousPrompt({ patientId: w.patient.id })).toBeNull();
    expect(await caseloadFlags()).not.toContain('saphenous_prompt');
  });

  it('updates an open encounter in place the second time, without duplicating the entry', async () => {
    const again = await doc().progress.recordPriorCareFailed({ patientId: w.patient.id });
    expect(again.newEncounter).toBe(false);
    const [row] = await handle.db
      .select()
      .from(schema.encounters)
      .where(eq(schema.encounters.id, again.encounterId));
    expect(row?.exam).toMatchObject({ history: { priorCareFailed: ['patellofemoral_program'] } });
    expect(row?.revision).toBe(1);
  });
});
