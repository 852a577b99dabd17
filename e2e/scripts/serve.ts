/**
 * The e2e server: a fresh database on the real PostgreSQL server, migrated and seeded with the
 * demo organisation as the owner, then the production build of the web app on E2E_PORT,
 * connected as the app's own role so every spec runs under row-level security.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';

import { hashPassword } from '@stride/auth';
import { appRoleUrl, createDatabase, DEMO_PASSWORD, seedDemo } from '@stride/db';
import { postgresAvailable, testServerUrl } from '@stride/db/testing';

import { E2E_DATABASE_URL, E2E_PORT } from '../env';

if (!(await postgresAvailable())) {
  console.error(`The e2e suite needs PostgreSQL at ${testServerUrl()} (or TEST_DATABASE_URL).`);
  process.exit(1);
}
const name = new URL(E2E_DATABASE_URL).pathname.slice(1);
const admin = new pg.Client({ connectionString: testServerUrl() });
await admin.connect();
await admin.query(`drop database if exists ${name} with (force)`);
await admin.query(`create database ${name}`);
await admin.end();

const handle = await createDatabase({ kind: 'postgres', url: E2E_DATABASE_URL });
await handle.migrate();
await seedDemo(handle.db, { passwordHash: await hashPassword(DEMO_PASSWORD) });
await handle.close();

// Refuse to serve if the app's role could skip the policies: the suite would prove nothing.
const appUrl = appRoleUrl(E2E_DATABASE_URL);
const app = new pg.Client({ connectionString: appUrl });
await app.connect();
const { rows } = await app.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
  'select rolsuper, rolbypassrls from pg_roles where rolname = current_user',
);
await app.end();
if (!rows[0] || rows[0].rolsuper || rows[0].rolbypassrls) {
  console.error('The e2e app role must be neither superuser nor BYPASSRLS.');
  process.exit(1);
}

const web = path.resolve(import.meta.dirname, '../../apps/web');
const child = spawn('pnpm', ['exec', 'next', 'start', '-p', String(E2E_PORT), '-H', '127.0.0.1'], {
  cwd: web,
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: appUrl,
    AUTH_SECRET: randomBytes(32).toString('hex'),
    NODE_ENV: 'production',
  },
});
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
