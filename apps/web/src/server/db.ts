import 'server-only';

import { env } from '~/env';

import type { Database, DatabaseHandle } from '@stride/db';
import { createDatabase } from '@stride/db';

const globalForDb = globalThis as unknown as { strideDb?: Promise<DatabaseHandle> };

/**
 * One database handle per server process. PGlite is single-connection and in-process, so it must
 * never be opened twice; node-postgres gets one pool.
 */
export function getDbHandle(): Promise<DatabaseHandle> {
  globalForDb.strideDb ??= (() => {
    const e = env();
    return createDatabase(
      e.DATABASE_URL
        ? { kind: 'postgres', url: e.DATABASE_URL }
        : { kind: 'pglite', dataDir: e.STRIDE_DATA_DIR },
    );
  })();
  return globalForDb.strideDb;
}

export async function getDb(): Promise<Database> {
  return (await getDbHandle()).db;
}
