import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Database, DatabaseHandle } from '@stride/db';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeActivePlan,
  makeLocation,
  makeMember,
  makeOrganization,
  makePatient,
  makeScore,
} from '@stride/db/testing';
import { addDays, compareCaseloadEntries } from '@stride/outcomes';
import { buildPlan, itemsOn } from '@stride/treatment';

import { flagsForPatients } from '../src/caseload/compute-flags';
import { callerAs, TEST_NOW, testEnv, viewerFor } from './helpers';

// Cached caseload flags (0012): every table the flags read invalidates them by trigger, the day
// rolling over does too, and what the cache serves equals a fresh computation.
const kinds = await integrationKinds();
const TODAY = '2026-11-26'; // TEST_NOW in Los Angeles
const ago = (days: number) => addDays(TODAY, -days);
const condition = 'patellofemoral_malalignment';
/** A cached row's flags emptied: what a tampered (or wrongly served) row shows. */
const EMPTY_FLAGS = { flags: [], flagIds: [], topSeverity: 4, topFlag: 7, flagCount: 0 };

async function world(db: Database) {
  const org = await makeOrganization(db, 'Cache Clinic');
  const loc = await makeLocation(db, org.id);
  const clinician = await makeMember(db, org.id, 'clinician', { locationIds: [loc.id] });
  /** A patient of this clinician on an active plan started `startedDaysAgo` days ago. */
  async function onPlan(familyName: string, startedDaysAgo: number) {
    const patient = await makePatient(db, org.id, {
      homeLocationId: loc.id,
      primaryClinicianId: clinician.id,
      familyName,
    });
    const startDate = ago(startedDaysAgo);
    const content = { ...buildPlan({ condition, side: 'right', today: startDate }) };
    const plan = await makeActivePlan(db, org.id, {
      patientId: patient.id,
      clinicianId: clinician.id,
      locationId: loc.id,
      startDate,
      condition,
      content,
    });
    return { ...patient, ...plan, content };
  }
  return { org, loc, clinician, onPlan };
}

describe.each(kinds)('cached caseload flags on %s', (kind) => {
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

  const db = () => handle.db;
  const doc = (now: Date = TEST_NOW) =>
    callerAs(env, viewerFor(w.clinician, w.org, [w.loc.id]), now);
  /** The flag ids the caseload shows for the one patient with this family name. */
  const flagsOf = async (familyName: string, now?: Date) => {
    const list = await doc(now).caseload.list({ search: familyName });
    expect(list.patients).toHaveLength(1);
    return list.patients[0]?.flags.map((f) => f.id) ?? [];
  };
  /** The patient's cached flags row, whichever clinician it was computed for. */
  const cachedRowOf = (patientId: string) =>
    and(
      eq(schema.caseloadFlags.organizationId, w.org.id),
      eq(schema.caseloadFlags.patientId, patientId),
    );
  const version = async (patientId: string) => {
    const [row] = await db()
      .select({ v: schema.patients.flagsVersion })
      .from(schema.patients)
      .where(eq(schema.patients.id, patientId));
    return row?.v ?? -1;
  };

  it('ticks clear low adherence, and deleting them brings it back', async () => {
    const p = await w.onPlan('Ticker', 30);
    expect(await flagsOf('Ticker')).toContain('low_adherence');
    const ticks = [];
    for (let day = ago(21); day <= TODAY; day = addDays(day, 1)) {
      for (const item of itemsOn(p.content, day)) {
        ticks.push({
          organizationId: w.org.id,
          patientId: p.id,
          planId: p.planId,
          itemKey: item.key,
          day,
          done: true,
        });
      }
    }
    expect(ticks.length).toBeGreaterThan(0);
    await db().insert(schema.exerciseLogs).values(ticks);
    expect(await flagsOf('Ticker')).not.toContain('low_adherence');
    await db().delete(schema.exerciseLogs).where(eq(schema.exerciseLogs.patientId, p.id));
    expect(await flagsOf('Ticker')).toContain('low_adherence');
  });

  it('a new score clears not improving; stopping the plan clears the rest', async () => {
    const p = await w.onPlan('Plateau', 50);
    const start = new Date(`${ago(50)}T17:00:00Z`);
    await makeScore(db(), w.org.id, {
      patientId: p.id,
      instrumentId: 'nprs',
      score: 6,
      answeredAt: start,
    });
    expect(await flagsOf('Plateau')).toContain('not_improving');
    await makeScore(db(), w.org.id, {
      patientId: p.id,
      instrumentId: 'nprs',
      score: 2,
      answeredAt: new Date(TEST_NOW.getTime() - 3_600_000),
    });
    expect(await flagsOf('Plateau')).not.toContain('not_improving');
    expect(await flagsOf('Plateau')).toContain('low_adherence');
    await db()
      .update(schema.plans)
      .set({ status: 'cancelled' })
      .where(eq(schema.plans.id, p.planId));
    expect(await flagsOf('Plateau')).toEqual([]);
  });

  it('run pain rising in the pain log flags worsening', async () => {
    const p = await w.onPlan('Sore', 30);
    const pain = (day: string, value: number) => ({
      organizationId: w.org.id,
      patientId: p.id,
      day,
      pain: value,
    });
    await db()
      .insert(schema.painLogs)
      .values([pain(ago(29), 1), pain(ago(27), 1)]);
    expect(await flagsOf('Sore')).not.toContain('worsening');
    await db()
      .insert(schema.painLogs)
      .values([pain(ago(2), 7), pain(ago(1), 7)]);
    expect(await flagsOf('Sore')).toContain('worsening');
  });

  it('a target race moved close flags it; a go decision for that race clears it', async () => {
    const p = await w.onPlan('Racer', 20);
    expect(await flagsOf('Racer')).not.toContain('race_without_go');
    const raceDate = addDays(TODAY, 10);
    await db()
      .update(schema.patients)
      .set({ targetRaceDate: raceDate })
      .where(eq(schema.patients.id, p.id));
    expect(await flagsOf('Racer')).toContain('race_without_go');
    await db().insert(schema.raceDecisions).values({
      organizationId: w.org.id,
      patientId: p.id,
      planId: p.planId,
      decision: 'go',
      raceDate,
      decidedBy: w.clinician.id,
    });
    expect(await flagsOf('Racer')).not.toContain('race_without_go');
  });

  it('an intake red flag and a missed follow-up show on the next call', async () => {
    const p = await w.onPlan('Reporter', 30);
    expect(await flagsOf('Reporter')).not.toContain('red_flag_reported');
    await db()
      .insert(schema.intakes)
      .values({
        organizationId: w.org.id,
        patientId: p.id,
        version: 1,
        status: 'submitted',
        data: { side: 'right' },
        redFlags: ['calf_swelling_or_tenderness'],
        submittedAt: new Date(TEST_NOW.getTime() - 86_400_000),
      });
    expect(await flagsOf('Reporter')).toContain('red_flag_reported');
    expect(await flagsOf('Reporter')).not.toContain('missed_follow_up');
    await db()
      .insert(schema.followUpRequests)
      .values({
        organizationId: w.org.id,
        patientId: p.id,
        planId: p.planId,
        key: 'week-2',
        reasons: ['week-2'],
        instrumentIds: ['nprs'],
        dueDate: ago(16),
        status: 'missed',
      });
    expect(await flagsOf('Reporter')).toContain('missed_follow_up');
  });

  it('recomputes when the day rolls over, with no write at all', async () => {
    const p = await w.onPlan('Later', 20);
    await db()
      .update(schema.patients)
      .set({ targetRaceDate: addDays(TODAY, 31) })
      .where(eq(schema.patients.id, p.id));
    expect(await flagsOf('Later')).not.toContain('race_without_go');
    const before = await version(p.id);
    const fourDaysOn = new Date(TEST_NOW.getTime() + 4 * 86_400_000);
    expect(await flagsOf('Later', fourDaysOn)).toContain('race_without_go');
    expect(await version(p.id)).toBe(before);
    const [row] = await db()
      .select({ asOf: schema.caseloadFlags.asOf })
      .from(schema.caseloadFlags)
      .where(eq(schema.caseloadFlags.patientId, p.id));
    expect(row?.asOf).toBe(addDays(TODAY, 4));
  });

  it("dates a cached row by the patient's local day, not UTC's", async () => {
    const p = await w.onPlan('Evening', 30);
    // 05:30 UTC on TODAY + 2 is still the evening of TODAY + 1 in Los Angeles.
    const evening = new Date(`${addDays(TODAY, 2)}T05:30:00.000Z`);
    expect(await flagsOf('Evening', evening)).toContain('low_adherence');
    const row = cachedRowOf(p.id);
    const asOf = async () =>
      (
        await db().select({ asOf: schema.caseloadFlags.asOf }).from(schema.caseloadFlags).where(row)
      )[0]?.asOf;
    expect(await asOf()).toBe(addDays(TODAY, 1));
    // Emptied and dated by UTC's day: another day's row in Los Angeles, so computed again.
    await db()
      .update(schema.caseloadFlags)
      .set({ ...EMPTY_FLAGS, asOf: addDays(TODAY, 2) })
      .where(row);
    expect(await flagsOf('Evening', evening)).toContain('low_adherence');
    expect(await asOf()).toBe(addDays(TODAY, 1));
  });

  it('serves the cached row while its version holds and recomputes one labelled older', async () => {
    const p = await w.onPlan('Stale', 30);
    expect(await flagsOf('Stale')).toContain('low_adherence');
    const row = cachedRowOf(p.id);
    // Tampered but current: the cache is what the caseload serves.
    await db().update(schema.caseloadFlags).set(EMPTY_FLAGS).where(row);
    expect(await flagsOf('Stale')).toEqual([]);
    // As if computed from data read before a write that bumped the version: computed again.
    await db()
      .update(schema.caseloadFlags)
      .set({ ...EMPTY_FLAGS, version: sql`${schema.caseloadFlags.version} - 1` })
      .where(row);
    expect(await flagsOf('Stale')).toContain('low_adherence');
    // Computed under other rules: computed again too.
    await db()
      .update(schema.caseloadFlags)
      .set({ ...EMPTY_FLAGS, rules: 'older-rules' })
      .where(row);
    expect(await flagsOf('Stale')).toContain('low_adherence');
  });

  it("reads a caseload's rows by its clinician: a row computed for another caseload is computed again", async () => {
    const p = await w.onPlan('Moving', 30);
    expect(await flagsOf('Moving')).toContain('low_adherence');
    const row = cachedRowOf(p.id);
    const clinicianOfRow = async () =>
      (
        await db()
          .select({ c: schema.caseloadFlags.clinicianId })
          .from(schema.caseloadFlags)
          .where(row)
      )[0]?.c;
    expect(await clinicianOfRow()).toBe(w.clinician.id);
    // Current in every other respect, but made for someone else's caseload: not served.
    await db()
      .update(schema.caseloadFlags)
      .set({ ...EMPTY_FLAGS, clinicianId: crypto.randomUUID() })
      .where(row);
    expect(await flagsOf('Moving')).toContain('low_adherence');
    expect(await clinicianOfRow()).toBe(w.clinician.id);
    // The patient moves to a colleague: their caseload shows the flags and the row moves with them.
    const colleague = await makeMember(db(), w.org.id, 'clinician', { locationIds: [w.loc.id] });
    await db()
      .update(schema.patients)
      .set({ primaryClinicianId: colleague.id })
      .where(eq(schema.patients.id, p.id));
    const theirs = await callerAs(env, viewerFor(colleague, w.org, [w.loc.id])).caseload.list({
      search: 'Moving',
    });
    expect(theirs.patients.map((x) => x.flags.map((f) => f.id))).toEqual([
      expect.arrayContaining(['low_adherence']),
    ]);
    expect(await clinicianOfRow()).toBe(colleague.id);
    expect((await doc().caseload.list({ search: 'Moving' })).total).toBe(0);
  });

  it('writes as the app role bump the version under row-level security', async () => {
    const p = await w.onPlan('Portal', 30);
    const before = await version(p.id);
    await db().transaction(async (tx) => {
      await tx.execute(sql`set local role stride_app`);
      await tx.execute(sql`select set_config('stride.organization_id', ${w.org.id}, true)`);
      await tx
        .insert(schema.painLogs)
        .values({ organizationId: w.org.id, patientId: p.id, day: TODAY, pain: 3 });
      // The cache is a tenant table like any other: another organisation sees none of it.
      await tx.execute(
        sql`select set_config('stride.organization_id', ${crypto.randomUUID()}, true)`,
      );
      expect(await tx.select().from(schema.caseloadFlags)).toEqual([]);
    });
    expect(await version(p.id)).toBe(before + 1);
    await db()
      .update(schema.locations)
      .set({ timeZone: 'America/New_York' })
      .where(eq(schema.locations.id, w.loc.id));
    expect(await version(p.id)).toBe(before + 2);
    await db()
      .update(schema.locations)
      .set({ timeZone: 'America/Los_Angeles' })
      .where(eq(schema.locations.id, w.loc.id));
  });

  it('serves what a fresh computation gives, in the order outcomes sorts in', async () => {
    const list = await doc().caseload.list({});
    expect(list.total).toBeGreaterThan(5);
    const subjects = list.patients.map((p) => ({
      id: p.id,
      timeZone: 'America/Los_Angeles',
      targetRaceDate: p.targetRaceDate,
    }));
    const fresh = await flagsForPatients(db(), w.org.id, subjects, TEST_NOW);
    const simple = (id: string) =>
      (fresh.get(id) ?? []).map(({ id: flag, severity, message }) => ({
        id: flag,
        severity,
        message,
      }));
    for (const p of list.patients) expect(p.flags).toEqual(simple(p.id));
    const byName = [...list.patients].sort((a, b) => a.familyName.localeCompare(b.familyName));
    const expected = byName
      .map((p, i) => ({ p, patientId: String(i).padStart(6, '0'), flags: fresh.get(p.id) ?? [] }))
      .sort(compareCaseloadEntries)
      .map((e) => e.p.familyName);
    expect(list.patients.map((p) => p.familyName)).toEqual(expected);
  });
});
