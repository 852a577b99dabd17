import 'server-only';

import { env } from '~/env';

import type { JobRunner } from '@stride/api';
import { startJobRunner } from '@stride/api';

import { getDbHandle } from './db';

const globalForJobs = globalThis as unknown as { strideJobs?: Promise<JobRunner> };

/**
 * The server process runs the background workers (confirmations, reminders, waitlist offers) on
 * the same database, PGlite included. Started at boot by instrumentation.ts, or on first use.
 */
export function getJobRunner(): Promise<JobRunner> {
  globalForJobs.strideJobs ??= (async () => {
    const handle = await getDbHandle();
    const e = env();
    return startJobRunner({
      sql: handle.sql,
      db: handle.db,
      appUrl: e.STRIDE_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
      work: true,
    });
  })();
  return globalForJobs.strideJobs;
}
