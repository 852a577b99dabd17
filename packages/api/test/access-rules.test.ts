import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';

import type { Database, Role } from '@stride/db';
import { roles } from '@stride/db';

import type { Meta } from '../src';
import { appRouter } from '../src';
import { callerAs, viewerFor } from './helpers';

type AnyProcedure = { _def: { meta?: Meta; middlewares: unknown[] } };
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, AnyProcedure>,
);

// The role checks run before any query, so a database is never touched here.
const noDb = new Proxy(
  {},
  {
    get: () => {
      throw new Error('role check let the call reach the database');
    },
  },
) as Database;

async function codeOf(path: string, role: Role | null): Promise<string> {
  const viewer = role
    ? viewerFor({ id: 'u', name: 'n', email: 'e', role }, { id: 'o', name: 'o' }, [])
    : null;
  const caller = callerAs(
    { db: noDb, jobs: { send: () => Promise.reject(new Error('no jobs here')) } },
    viewer,
  ) as unknown as Record<string, unknown>;
  const fn = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    i?: unknown,
  ) => Promise<unknown>;
  try {
    await fn(undefined);
    return 'OK';
  } catch (e) {
    return e instanceof TRPCError ? e.code : `THROWN:${String(e)}`;
  }
}

describe('every procedure declares who may call it', () => {
  it('has procedures to check', () => {
    expect(procedures.length).toBeGreaterThan(3);
  });

  it.each(procedures)('%s declares an access rule', (_path, procedure) => {
    expect(
      procedure._def.meta?.access,
      'use publicProcedure, authedProcedure or a role procedure',
    ).toBeDefined();
  });

  it.each(procedures)('%s refuses callers its rule does not name', async (path, procedure) => {
    const access = procedure._def.meta?.access;
    if (!access || access.kind === 'public') return;
    expect(await codeOf(path, null)).toBe('UNAUTHORIZED');
    if (access.kind === 'roles') {
      for (const role of roles.filter((r) => !access.roles.includes(r))) {
        expect(await codeOf(path, role), `${path} as ${role}`).toBe('FORBIDDEN');
      }
    }
  });
});

// tRPC copies a call's options at every link of a procedure's chain and awaits each (trpc.ts):
// ten links were a tenth of an encounter read's CPU. The guard, the signed-in gate, input, output
// and the resolver are all a procedure needs; a new check belongs in one of the first two.
describe('every procedure runs through a short chain', () => {
  it.each(procedures)('%s has at most five links', (_path, procedure) => {
    expect(procedure._def.middlewares.length).toBeLessThanOrEqual(5);
  });
});
