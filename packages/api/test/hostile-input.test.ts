import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle, Role } from '@stride/db';
import { createTestDatabase, integrationKinds } from '@stride/db/testing';

import type { Meta } from '../src';
import type { Api, AuditWorld, Who } from './audit-world';
import { appRouter } from '../src';
import { auditWorld } from './audit-world';
import { testEnv } from './helpers';
import { inputArbitrary } from './hostile/schema-arbitrary';

/**
 * Every procedure, called by a role allowed to call it, with malformed input: the answer is the
 * procedure's result or a typed client error, never INTERNAL_SERVER_ERROR or a raw throw.
 * Seeded and bounded so CI runs the same few thousand inputs each time.
 */
const SEED = 20_260_408;
const RUNS_PER_PROCEDURE = 25;

type AnyProcedure = { _def: { meta?: Meta; inputs: unknown[] } };
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, AnyProcedure>,
);
const kinds = await integrationKinds();
const whoOf: Record<Role, Who> = {
  admin: 'admin',
  clinician: 'clinician',
  front_desk: 'desk',
  patient: 'patient',
};

type World = AuditWorld & { publicApi: Api; ids: string[] };

function callersFor(access: Meta['access'], w: World): Api[] {
  if (access?.kind === 'roles') return access.roles.map((r) => w.as(whoOf[r]));
  if (access?.kind === 'authenticated') return Object.values(whoOf).map((who) => w.as(who));
  return [w.publicApi];
}

function call(api: Api, path: string, input: unknown): Promise<unknown> {
  const fn = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api);
  return (fn as (i: unknown) => Promise<unknown>)(input);
}

/** A few hundred characters of the input, enough to reproduce a failure from the report. */
const preview = (input: unknown): string => (JSON.stringify(input) ?? String(input)).slice(0, 300);

describe.each(kinds)('hostile input on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: World;
  const outcomes = new Map<string, number>();
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    const world = await auditWorld(env);
    const encounter = await world.as('clinician').encounters.start({ patientId: world.patient.id });
    const ids = [world.org.id, world.loc.id, world.patient.id, encounter.id];
    ids.push(...Object.values(world.people).map((p) => p.id), ...Object.values(world.types));
    const { callerAs } = await import('./helpers');
    w = { ...world, publicApi: callerAs(env, null), ids };
  }, 120_000);
  afterAll(async () => {
    const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
    const byCode = [...outcomes].map(([code, n]) => `${code} ${n}`).join(', ');
    console.info(
      `hostile input on ${kind}: ${total} inputs, ${procedures.length} procedures (${byCode})`,
    );
    await env.stop();
    await handle.close();
  });

  it.each(procedures)(
    '%s answers malformed input with a client error',
    async (path, proc) => {
      const callers = callersFor(proc._def.meta?.access, w);
      const input = inputArbitrary(proc._def.inputs[0] ?? {}, w.ids);
      await fc.assert(
        fc.asyncProperty(fc.nat(callers.length - 1), input, async (who, value) => {
          const api = callers[who];
          if (!api) throw new Error('no caller');
          const outcome = await call(api, path, value).then(
            () => 'OK',
            (e: unknown) => e,
          );
          const code = outcome instanceof TRPCError ? outcome.code : String(outcome);
          outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
          if (outcome === 'OK') return;
          expect(outcome, `${path} threw a raw error for ${preview(value)}`).toBeInstanceOf(
            TRPCError,
          );
          const error = outcome as TRPCError;
          expect(
            error.code,
            `${path} → ${error.code} for ${preview(value)}: ${String(error.cause ?? error.message)}`,
          ).not.toBe('INTERNAL_SERVER_ERROR');
          // Keys like `__proto__` must never reach the shared prototype.
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { seed: SEED, numRuns: RUNS_PER_PROCEDURE, endOnFailure: true },
      );
    },
    120_000,
  );
});
