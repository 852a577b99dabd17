import { TRPCError } from '@trpc/server';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle, Role } from '@stride/db';
import { createTestDatabase, integrationKinds } from '@stride/db/testing';

import type { Access, Meta } from '../src';
import type { Caller, Outcome, Probe } from './isolation/probe';
import type { Sites, Target } from './isolation/world';
import { appRouter } from '../src';
import { callerAs, testEnv } from './helpers';
import { adminProbes } from './isolation/admin-probes';
import { clinicalProbes } from './isolation/clinical-probes';
import { schedulingProbes } from './isolation/scheduling-probes';
import { buildSites, idsOnlyIn, targets } from './isolation/world';

/**
 * Issue 8, "isolation, twice" (1): every procedure as every role, against the caller's own data,
 * another location's and another organisation's. Allowed calls on their own data succeed, the
 * rest end as declared (FORBIDDEN/UNAUTHORIZED by the access rule, NOT_FOUND out of scope), and
 * no response, success or error, carries an id that only the other organisation has.
 */
const probes: Record<string, Probe> = { ...clinicalProbes, ...schedulingProbes, ...adminProbes };
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>,
).map(([path, p]) => ({ path, access: p._def.meta?.access }));
const callers: readonly Caller[] = ['admin', 'clinician', 'front_desk', 'patient', 'signedOut'];

describe('every procedure has an isolation probe', () => {
  it.each(procedures)('$path', ({ path }) => {
    expect(probes[path], `add a probe for ${path} to test/isolation/*-probes.ts`).toBeDefined();
  });

  it('has no probe for a procedure that is gone', () => {
    const paths = new Set(procedures.map((p) => p.path));
    expect(Object.keys(probes).filter((p) => !paths.has(p))).toEqual([]);
  });
});

/** What the access rule and the probe's declarations say this call must end in. */
function expected(
  access: Access | undefined,
  probe: Probe,
  caller: Caller,
  target: Target,
): Outcome {
  if (!access) throw new Error('no access rule (access-rules.test.ts says which)');
  if (access.kind !== 'public') {
    if (caller === 'signedOut') return 'UNAUTHORIZED';
    if (access.kind === 'roles' && !access.roles.includes(caller)) return 'FORBIDDEN';
  }
  const declared = probe.expect?.[target];
  const mine = typeof declared === 'string' ? declared : declared?.[caller];
  if (mine) return mine;
  if (target === 'own') return 'ok';
  if (target === 'otherLocation') return caller === 'admin' ? 'ok' : 'NOT_FOUND';
  return 'NOT_FOUND';
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Everything a client could read from a response, zip downloads unpacked. */
function readable(value: unknown): string {
  const zipped: string[] = [];
  const json = JSON.stringify(value, (key, v: unknown) => {
    // Organisation exports are zips; their NDJSON is what a leak would hide in.
    if (key === 'base64' && typeof v === 'string' && v.startsWith('UEsD')) {
      const files = unzipSync(Buffer.from(v, 'base64'));
      zipped.push(...Object.values(files).map((f) => Buffer.from(f).toString('utf8')));
    }
    return v;
  });
  return [json, ...zipped].join('\n');
}

/** `outcome` is an Outcome, or what else was thrown (which never equals an expectation). */
interface Call {
  outcome: string;
  text: string;
}

async function call(fn: (input: unknown) => Promise<unknown>, input: unknown): Promise<Call> {
  try {
    return { outcome: 'ok', text: readable(await fn(input)) };
  } catch (error) {
    if (!(error instanceof TRPCError)) return { outcome: `THROWN ${String(error)}`, text: '' };
    // The form field a domain error names travels with it to the client.
    const field = (error.cause as { field?: string } | undefined)?.field ?? '';
    return { outcome: error.code, text: `${error.message}\n${field}` };
  }
}

const kinds = await integrationKinds();

describe.each(kinds)('tenant isolation on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let sites: Sites;
  let readForeignIds: () => Promise<Set<string>>;
  let checked = 0;
  let setup = 0;
  let scanning = 0;
  let started = 0;
  beforeAll(async () => {
    started = Date.now();
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    sites = await buildSites(env);
    readForeignIds = await idsOnlyIn(handle.db, sites.foreign.org.id);
    setup = Date.now() - started;
  }, 300_000);
  afterAll(async () => {
    console.info(
      `isolation on ${kind}: ${checked} procedure × caller × target checks ` +
        `(${procedures.length} procedures) in ${Math.round((Date.now() - started) / 1000)} s, ` +
        `setup ${Math.round(setup / 1000)} s, id catalogue ${Math.round(scanning / 1000)} s`,
    );
    await env.stop();
    await handle.close();
  });

  const apiFor = (caller: Caller) =>
    caller === 'signedOut'
      ? callerAs(env, null)
      : sites.own.as(caller === 'front_desk' ? 'desk' : caller);

  it.each(procedures)(
    '$path',
    async ({ path, access }) => {
      const probe = probes[path];
      if (!probe) throw new Error(`no probe for ${path}`);
      // Read per procedure: earlier probes (and this one's inputs) add rows to the other org.
      const t0 = Date.now();
      const foreignIds = await readForeignIds();
      scanning += Date.now() - t0;
      const targeted = probe.input && !probe.untargeted ? targets : (['own'] as const);
      const inputs = new Map<string, unknown>();
      const wrong: string[] = [];
      for (const target of targeted) {
        for (const caller of callers) {
          const key = probe.byCaller ? `${target}:${caller}` : target;
          if (probe.input && !inputs.has(key)) {
            const role: Role | null = caller === 'signedOut' ? null : caller;
            const input = await probe.input(sites[target], { db: handle.db, role });
            if (target === 'foreign')
              for (const id of JSON.stringify(input).match(UUID) ?? []) foreignIds.add(id);
            inputs.set(key, input);
          }
          const fn = path
            .split('.')
            .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], apiFor(caller)) as (
            input: unknown,
          ) => Promise<unknown>;
          const want = expected(access, probe, caller, target);
          const got = await call(fn, inputs.get(key));
          checked++;
          if (got.outcome === 'ok' && probe.consumes) inputs.delete(key);
          const label = `${caller} on ${target}`;
          if (got.outcome !== want)
            wrong.push(`${label}: expected ${want}, got ${got.outcome} ${got.text.slice(0, 160)}`);
          const leaked = (got.text.match(UUID) ?? []).filter((id) => foreignIds.has(id));
          if (leaked.length)
            wrong.push(`${label}: response names the other organisation's ${leaked.join(', ')}`);
        }
      }
      expect(wrong).toEqual([]);
    },
    60_000,
  );
});
