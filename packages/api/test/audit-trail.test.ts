import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makePatient,
} from '@stride/db/testing';

import { auditRows, auditWorld } from './audit-world';
import { callerAs, testEnv, viewerFor } from './helpers';

const kinds = await integrationKinds();

describe.each(kinds)('audit trail views on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let a: Awaited<ReturnType<typeof auditWorld>>;
  let b: Awaited<ReturnType<typeof auditWorld>>;
  let neighbour: { id: string };
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    a = await auditWorld(env, 'Clinic A');
    b = await auditWorld(env, 'Clinic B');
    neighbour = await makePatient(handle.db, a.org.id, { homeLocationId: a.loc.id });
    await a.as('clinician').patients.getChart({ patientId: a.patient.id });
    await a.as('desk').plans.forPatient({ patientId: a.patient.id });
    await a.as('clinician').patients.getChart({ patientId: neighbour.id });
    await a.as('patient').plans.logPain({ pain: 2 });
    await b.as('clinician').patients.getChart({ patientId: b.patient.id });
  }, 120_000);
  afterAll(async () => {
    await env.stop();
    await handle.close();
  });

  it('filters by patient, user and action, newest first, with readable names', async () => {
    const byPatient = await a.as('admin').auditTrail.search({ patientId: a.patient.id });
    expect(byPatient.rows.map((r) => r.action)).toEqual([
      'plan.pain_log',
      'plan.read',
      'patient.chart.read',
    ]);
    expect(byPatient.rows[2]).toMatchObject({
      actor: { id: a.people.clinician.id, name: a.people.clinician.name, role: 'Clinician' },
      label: 'Opened the chart',
      kind: 'viewed',
      patient: { id: a.patient.id, name: `${a.patient.givenName} ${a.patient.familyName}` },
      location: { name: 'Venice', timeZone: 'America/Los_Angeles' },
      outcome: 'success',
    });
    const byUser = await a.as('admin').auditTrail.search({ actorUserId: a.people.clinician.id });
    expect(byUser.rows.map((r) => r.patient?.id)).toEqual([neighbour.id, a.patient.id]);
    const byName = await a.as('admin').auditTrail.search({ actorName: 'ada park' });
    expect(byName.rows).toHaveLength(2);
    const byAction = await a.as('admin').auditTrail.search({ action: 'plan.read' });
    expect(byAction.rows.map((r) => r.actor.id)).toEqual([a.people.desk.id]);
    const byPatientName = await a
      .as('admin')
      .auditTrail.search({ patientName: a.patient.familyName, action: 'patient.chart.read' });
    expect(byPatientName.rows.map((r) => r.patient?.id)).toEqual([a.patient.id]);
    const nobody = await a.as('admin').auditTrail.search({ patientName: 'Nobody Here' });
    expect(nobody.rows).toEqual([]);
  });

  it('reads a date range as local days in the chosen zone', async () => {
    // 07:30 UTC on 15 January is still the 14th in Los Angeles.
    await handle.db.insert(schema.auditLog).values({
      organizationId: a.org.id,
      occurredAt: new Date('2026-01-15T07:30:00Z'),
      actorUserId: a.people.desk.id,
      actorRole: 'front_desk',
      action: 'patient.chart.read',
      entityType: 'patient',
      patientId: neighbour.id,
      locationId: a.loc.id,
    });
    const day = { from: '2026-01-15', to: '2026-01-15', actorUserId: a.people.desk.id };
    const utc = await a.as('admin').auditTrail.search({ ...day, timeZone: 'UTC' });
    const la = await a.as('admin').auditTrail.search({ ...day, timeZone: 'America/Los_Angeles' });
    expect(utc.rows.map((r) => r.patient?.id)).toEqual([neighbour.id]);
    expect(la.rows).toEqual([]);
    const onThe14th = await a.as('admin').auditTrail.search({
      ...day,
      from: '2026-01-14',
      to: '2026-01-14',
      timeZone: 'America/Los_Angeles',
    });
    expect(onThe14th.rows).toHaveLength(1);
    await expect(
      a.as('admin').auditTrail.search({ from: '2026-11-26', to: '2026-11-25' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('pages by (occurred_at, id) without skipping or repeating rows that share a moment', async () => {
    const at = new Date('2026-10-01T12:00:00.123Z');
    await handle.db.insert(schema.auditLog).values(
      Array.from({ length: 7 }, (_, i) => ({
        organizationId: a.org.id,
        // Four rows share one instant; the others differ by a microsecond-free millisecond.
        occurredAt: i < 4 ? at : new Date(at.getTime() - i),
        actorUserId: a.people.admin.id,
        actorRole: 'admin',
        action: 'test.paging',
        entityType: 'test',
      })),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const page = await a
        .as('admin')
        .auditTrail.search({ action: 'test.paging', limit: 3, cursor });
      sizes.push(page.rows.length);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([3, 3, 1]);
    expect(new Set(seen).size).toBe(7);
    await expect(a.as('admin').auditTrail.search({ cursor: 'not-a-cursor' })).rejects.toMatchObject(
      { code: 'BAD_REQUEST' },
    );
  });

  it("never shows another organisation's rows, whatever the filter", async () => {
    const all = await a.as('admin').auditTrail.search({ limit: 100 });
    expect(all.rows.length).toBeGreaterThan(0);
    expect(all.rows.every((r) => r.patient?.id !== b.patient.id)).toBe(true);
    const foreignPatient = await a.as('admin').auditTrail.search({ patientId: b.patient.id });
    expect(foreignPatient.rows).toEqual([]);
    const foreignActor = await a
      .as('admin')
      .auditTrail.search({ actorUserId: b.people.clinician.id });
    expect(foreignActor.rows).toEqual([]);
    const foreignName = await a.as('admin').auditTrail.search({ actorName: 'Clinic B' });
    expect(foreignName.rows).toEqual([]);
  });

  it('audits the search itself, naming the patient looked up', async () => {
    await a.as('admin').auditTrail.search({ patientId: neighbour.id });
    const last = (await auditRows(handle.db, a.org.id)).at(-1);
    expect(last).toMatchObject({
      action: 'audit.search',
      actorUserId: a.people.admin.id,
      patientId: neighbour.id,
      locationId: a.loc.id,
    });
  });

  it("lists who accessed the patient's own record by name and role, and nobody else's", async () => {
    const mine = await a.as('patient').auditTrail.mine({});
    const who = mine.visits.map((v) => `${v.who} (${v.role})`);
    expect(who).toContain(`${a.people.clinician.name} (Clinician)`);
    expect(who).toContain(`${a.people.desk.name} (Front desk)`);
    // Their own pain log is not "someone accessed my record"; the neighbour's chart read is not theirs.
    expect(mine.visits.flatMap((v) => v.what)).not.toContain('Logged pain after a run');
    expect(JSON.stringify(mine)).not.toContain(a.people.clinician.id);
    expect(JSON.stringify(mine)).not.toContain(neighbour.id);
    const chart = mine.visits.find((v) => v.who === a.people.clinician.name);
    expect(chart).toMatchObject({ kinds: ['viewed'], what: ['Opened the chart'] });
    expect(chart?.location).toEqual({ name: 'Venice', timeZone: 'America/Los_Angeles' });
  });

  it('logs a refused attempt at a record as denied, for the admin and not the patient', async () => {
    const elsewhere = await makeLocation(handle.db, a.org.id, { name: 'Elsewhere' });
    const stranger = await makeMember(handle.db, a.org.id, 'clinician', {
      locationIds: [elsewhere.id],
    });
    const api = callerAs(env, viewerFor(stranger, a.org, [elsewhere.id]));
    await expect(api.patients.getChart({ patientId: a.patient.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(api.patients.getChart({ patientId: b.patient.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const denied = await a.as('admin').auditTrail.search({ actorUserId: stranger.id });
    expect(denied.rows.map((r) => [r.action, r.outcome, r.patient?.id ?? null])).toEqual([
      ['access.denied', 'denied', null],
      ['access.denied', 'denied', a.patient.id],
    ]);
    expect(denied.rows[1]?.label).toBe('Was refused access to the record');
    const mine = await a.as('patient').auditTrail.mine({});
    expect(mine.visits.map((v) => v.who)).not.toContain(stranger.name);
  });

  it("shows clinicians and admins the same list for a patient in scope, not another org's", async () => {
    const forChart = await a.as('clinician').auditTrail.forPatient({ patientId: a.patient.id });
    expect(forChart.visits.map((v) => v.who)).toContain(a.people.desk.name);
    const forAdmin = await a.as('admin').auditTrail.forPatient({ patientId: a.patient.id });
    expect(forAdmin.visits.map((v) => v.who)).toContain(a.people.clinician.name);
    await expect(
      a.as('clinician').auditTrail.forPatient({ patientId: b.patient.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const bSees = await b.as('patient').auditTrail.mine({});
    expect(bSees.visits.map((v) => v.who)).toEqual([b.people.clinician.name]);
  });
});
