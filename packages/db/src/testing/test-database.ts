import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

import type { DatabaseHandle } from '../client';
import { createDatabase, migrationsFolder } from '../client';

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
 * What a migrated PGlite database depends on: every migration file and the pinned PGlite (its
 * data directory format follows its PostgreSQL build).
 */
async function migratedTemplateKey(): Promise<string> {
  const hash = createHash('sha256');
  const pkg = JSON.parse(
    await readFile(path.join(migrationsFolder, '..', 'package.json'), 'utf8'),
  ) as { dependencies: Record<string, string> };
  hash.update(`pglite ${pkg.dependencies['@electric-sql/pglite']}\n`);
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file);
      else hash.update(`${path.relative(migrationsFolder, file)}\n`).update(await readFile(file));
    }
  };
  await walk(migrationsFolder);
  return hash.digest('hex').slice(0, 16);
}

let migratedTemplate: Promise<Blob> | undefined;

/**
 * A migrated PGlite data directory to start test databases from. Booting PGlite runs initdb and
 * then the migrations: 3.5-4.7 s a test file on a 2-core machine, against 0.9 s to load this
 * tarball. It is made once and kept in the OS temp folder under a hash of what it depends on, so
 * parallel test workers and later runs reuse it; a changed migration makes a new one.
 */
function pgliteTemplate(): Promise<Blob> {
  migratedTemplate ??= (async () => {
    const file = path.join(tmpdir(), `stride-pglite-migrated-${await migratedTemplateKey()}.tar`);
    try {
      return new Blob([await readFile(file)]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const fresh = await createDatabase({ kind: 'pglite' });
    try {
      if (!fresh.dumpDataDir) throw new Error('a PGlite handle can dump its data directory');
      await fresh.migrate();
      const dump = await fresh.dumpDataDir();
      // Written aside and renamed: a worker reading it meanwhile never sees half a file. Only a
      // cache: if it cannot be kept (a full disk), this process still uses the dump it made.
      const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      try {
        await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
        await rename(partial, file);
      } catch (error) {
        console.warn(`could not keep the PGlite template at ${file}: ${String(error)}`);
        await unlink(partial).catch(() => undefined);
      }
      return dump;
    } finally {
      await fresh.close();
    }
  })();
  return migratedTemplate;
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
    const handle = await createDatabase({ kind: 'pglite', loadDataDir: await pgliteTemplate() });
    // Nothing to apply when the template is current; if it were not, this brings it up to date.
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
