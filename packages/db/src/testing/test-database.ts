import { randomBytes } from 'node:crypto';
import pg from 'pg';

import type { DatabaseHandle } from '../client';
import { createDatabase } from '../client';

export type TestDatabaseKind = 'pglite' | 'postgres';

/** The real server tests use: TEST_DATABASE_URL, else the build machines' local PostgreSQL. */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** Whether a PostgreSQL server answers; in CI a missing server is a failure, never a skip. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: testServerUrl(),
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(
        `CI needs PostgreSQL at ${testServerUrl()} and none answered: ${String(error)}`,
        { cause: error },
      );
    }
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A fresh, migrated database that only this test file uses: in-memory PGlite, or a new database
 * on the real server that is dropped on close. Tests never share or wipe each other's data.
 */
export async function createTestDatabase(
  kind: TestDatabaseKind,
  options: { maxConnections?: number } = {},
): Promise<DatabaseHandle & { url?: string }> {
  if (kind === 'pglite') {
    const handle = await createDatabase({ kind: 'pglite' });
    await handle.migrate();
    return handle;
  }
  const name = `stride_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testServerUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = withDatabaseName(testServerUrl(), name);
  const handle = await createDatabase({
    kind: 'postgres',
    url,
    // Small by default: many test files share one server with max_connections = 100.
    maxConnections: options.maxConnections ?? 4,
  });
  await handle.migrate();
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      const drop = new pg.Client({ connectionString: testServerUrl() });
      await drop.connect();
      // Without FORCE first: forcing kills backends whose clients are still closing, and those
      // clients then report errors nobody is listening for.
      for (let attempt = 0; ; attempt++) {
        try {
          await drop.query(
            `drop database if exists ${name}${attempt >= 20 ? ' with (force)' : ''}`,
          );
          break;
        } catch (error) {
          if (attempt >= 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await drop.end();
    },
  };
}

/** The database kinds integration tests run on here: PGlite always, the real server when it answers. */
export async function integrationKinds(): Promise<TestDatabaseKind[]> {
  if (await postgresAvailable()) return ['pglite', 'postgres'];
  console.warn(
    `PostgreSQL at ${testServerUrl()} did not answer: running on PGlite only (CI fails instead).`,
  );
  return ['pglite'];
}
