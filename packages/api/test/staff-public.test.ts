import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';

import type { Database } from '@stride/db';

import type { Meta } from '../src';
import { appRouter } from '../src';
import { callerAs } from './helpers';

// A malformed link must be refused by the input schema alone, before any query runs.
const noDb = new Proxy(
  {},
  {
    get: () => {
      throw new Error('a malformed token reached the database');
    },
  },
) as Database;
const anon = callerAs(
  { db: noDb, jobs: { send: () => Promise.reject(new Error('no jobs')) } },
  null,
);

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { meta?: Meta } }
>;

describe('the public invitation procedures', () => {
  it('are the only public procedures of the staff router', () => {
    const publicStaff = Object.entries(procedures)
      .filter(([path, p]) => path.startsWith('staff.') && p._def.meta?.access?.kind === 'public')
      .map(([path]) => path)
      .sort();
    expect(publicStaff).toEqual(['staff.acceptInvitation', 'staff.previewInvitation']);
  });

  it.each([
    undefined,
    {},
    { token: '' },
    { token: 'x'.repeat(42) },
    { token: `${'a'.repeat(42)}/` },
  ])('refuse %j without touching the database', async (input) => {
    for (const call of [
      () => anon.staff.previewInvitation(input as never),
      () => anon.staff.acceptInvitation(input as never),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('BAD_REQUEST');
    }
  });

  it('refuses extra fields, so a caller cannot smuggle in a role or organisation', async () => {
    const error = await anon.staff
      .acceptInvitation({ token: 'a'.repeat(43), role: 'admin' } as never)
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
  });
});
