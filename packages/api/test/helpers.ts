import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Viewer } from '@stride/auth';
import type { Database, DatabaseHandle, Role } from '@stride/db';

import type { JobQueue } from '../src';
import { createCaller, createContext, startJobRunner } from '../src';

export function viewerFor(
  user: { id: string; name: string; email: string; role: Role },
  org: { id: string; name: string },
  locationIds: readonly string[] | 'all',
): Viewer {
  return {
    sessionId: '00000000-0000-4000-8000-000000000000',
    userId: user.id,
    name: user.name,
    email: user.email,
    organizationId: org.id,
    organizationName: org.name,
    role: user.role,
    locationIds,
  };
}

export const TEST_NOW = new Date('2026-11-26T17:00:00Z');

/** What a test's procedures run against: its own database and a real pg-boss queue on it. */
export interface TestEnv {
  db: Database;
  jobs: JobQueue;
}

export function callerAs(env: TestEnv, viewer: Viewer | null, now: Date = TEST_NOW) {
  return createCaller(createContext({ db: env.db, jobs: env.jobs, viewer, now: () => now }));
}

/** Starts pg-boss on the test database without workers; tests run handlers themselves. */
export async function testEnv(
  handle: DatabaseHandle,
): Promise<TestEnv & { stop: () => Promise<void> }> {
  const runner = await startJobRunner({
    sql: handle.sql,
    db: handle.db,
    appUrl: 'http://stride.test',
    work: false,
  });
  return { db: handle.db, jobs: runner.queue, stop: () => runner.stop() };
}

const sharedCasesDir = path.resolve(import.meta.dirname, '../../../../shared/clinical/cases');

/** A public example case from `../shared/clinical/cases`, as the JSON text a clinician uploads. */
export function sharedCaseText(file: string): string {
  return readFileSync(path.join(sharedCasesDir, file), 'utf8');
}

/** Waits for `check`: a NOTIFY arrives on the listener's own connection a moment after the commit. */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}
