import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { schema } from '@stride/db';
import { createTestDatabase, integrationKinds } from '@stride/db/testing';

import type { Meta } from '../src';
import type { AuditCase } from './audit-cases/case';
import { appRouter } from '../src';
import { loadAuditCases } from './audit-cases/load-cases';
import { auditRows, auditWorld } from './audit-world';
import { callerAs, testEnv } from './helpers';

/**
 * Issue 7: every procedure that reads or writes a patient's record writes exactly one audit row
 * per call. Each procedure declares its rule in `meta.audit`; this file walks the router, so a
 * procedure added without a rule, or audited without a case in `audit-cases/*.cases.ts`, fails.
 */
const auditCases = await loadAuditCases();
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>,
).map(([path, p]) => ({ path, rule: p._def.meta?.audit }));
const audited = procedures.flatMap(({ path, rule }) =>
  rule?.kind === 'audited' ? [{ path, rule }] : [],
);
const casePaths = new Set(auditCases.map((c) => c.path));

describe('every procedure declares what it writes to the audit log', () => {
  it.each(procedures)('$path declares an audit rule', ({ rule }) => {
    expect(
      rule,
      "add .meta(audited('…')) or .meta(notAudited('why')) from audit-trail/audit-rule",
    ).toBeDefined();
    if (rule?.kind === 'exempt') expect(rule.why.trim().length).toBeGreaterThan(10);
  });

  it.each(audited)('$path has a case in audit-cases/', ({ path }) => {
    expect(
      casePaths.has(path),
      `add a case for ${path} to a test/audit-cases/*.cases.ts file`,
    ).toBe(true);
  });

  it('has no case for a procedure that is gone or not audited', () => {
    const auditedPaths = new Set(audited.map((a) => a.path));
    expect([...casePaths].filter((p) => !auditedPaths.has(p))).toEqual([]);
  });
});

const kinds = await integrationKinds();

describe.each(kinds)('each audited call writes exactly one matching row on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof auditWorld>>;
  const state = new Map<string, unknown>();
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await auditWorld(env, `Audit ${randomUUID().slice(0, 6)}`);
  }, 120_000);
  afterAll(async () => {
    await env.stop();
    await handle.close();
  });

  // Cases run in order: later ones use what earlier ones made (an encounter, a plan, a booking).
  it.each(auditCases.map((c, i) => ({ ...c, label: `${c.path} as ${c.as} (#${i + 1})` })))(
    '$label',
    async (c: AuditCase & { label: string }) => {
      const rule = audited.find((a) => a.path === c.path)?.rule;
      if (!rule) throw new Error(`${c.path} is not declared audited`);
      const before = new Set((await auditRows(handle.db, w.org.id)).map((r) => r.id));
      const ctx = { w, db: handle.db, state };
      await c.run(c.as === 'public' ? callerAs(env, null) : w.as(c.as), ctx);
      const all = (await auditRows(handle.db, w.org.id)).filter((r) => !before.has(r.id));
      const perPatient = all.filter((r) => rule.perPatient && r.action === rule.perPatient);
      if (rule.perPatient) {
        const everyone = await handle.db
          .select({ id: schema.patients.id })
          .from(schema.patients)
          .where(eq(schema.patients.organizationId, w.org.id));
        expect(perPatient.map((r) => r.patientId).sort()).toEqual(everyone.map((e) => e.id).sort());
      }
      const written = all.filter((r) => !perPatient.includes(r));
      expect(written.map((r) => r.action)).toHaveLength(1);
      const [row] = written;
      expect(rule.actions).toContain(row?.action);
      const actor = c.actor ? await c.actor(ctx) : c.as === 'public' ? undefined : w.people[c.as];
      if (!actor) throw new Error(`${c.label}: a signed-out case must name its actor`);
      expect(row).toMatchObject({
        actorUserId: actor.id,
        actorRole: actor.role,
        outcome: 'success',
      });
      expect(row?.entityType).toMatch(/^[a-z_]+$/);
      if (rule.patient) {
        expect(row).toMatchObject({ patientId: w.patient.id, locationId: w.loc.id });
        expect(row?.entityId).toEqual(expect.any(String));
      }
    },
    30_000,
  );
});
