#!/usr/bin/env node
/**
 * The README's two commands. `npm start` and `npm test` need only Node 20 and npm: this script
 * installs the pinned pnpm, the dependencies and (for tests) Debian's Chromium, then runs.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const pnpmVersion = pkg.packageManager.replace(/^pnpm@/, '');
const toolsBin = path.join(root, '.tools', 'node_modules', '.bin');

const env = {
  ...process.env,
  PATH: `${toolsBin}${path.delimiter}${process.env.PATH ?? ''}`,
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  // Turbo would otherwise try to reach a remote cache and print a notice about it.
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
};

const started = Date.now();
const timings = [];
const log = (msg) => console.log(`\x1b[36m[stride]\x1b[0m ${msg}`);

function run(label, cmd, args, extraEnv = {}) {
  const t0 = Date.now();
  log(`${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  const seconds = (Date.now() - t0) / 1000;
  timings.push([label, seconds]);
  if (result.status !== 0) {
    log(`${label} failed (exit ${result.status ?? result.signal}) after ${seconds.toFixed(1)} s`);
    summary();
    process.exit(result.status || 1);
  }
}

function summary() {
  for (const [label, s] of timings) log(`  ${label.padEnd(28)} ${s.toFixed(1).padStart(7)} s`);
  log(`  ${'total'.padEnd(28)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s`);
}

function pnpmOnPathVersion() {
  try {
    return execFileSync('pnpm', ['--version'], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/** corepack does not work on these machines, so the pinned pnpm is installed with npm into .tools/. */
function ensurePnpm() {
  if (pnpmOnPathVersion() === pnpmVersion) return;
  run(`install pnpm ${pnpmVersion}`, 'npm', [
    'install',
    '--prefix',
    '.tools',
    '--no-audit',
    '--no-fund',
    `pnpm@${pnpmVersion}`,
  ]);
  const got = pnpmOnPathVersion();
  if (got !== pnpmVersion) {
    console.error(`Expected pnpm ${pnpmVersion} but found ${got ?? 'none'} on PATH.`);
    process.exit(1);
  }
}

function ensureChromium() {
  const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(wanted)) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `Chromium is missing at ${wanted}. Install Debian's chromium package, or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  run('apt-get update', 'apt-get', ['update', '-q']);
  run('install chromium', 'apt-get', ['install', '-y', '-q', 'chromium'], {
    DEBIAN_FRONTEND: 'noninteractive',
  });
}

function install() {
  ensurePnpm();
  run('pnpm install', 'pnpm', ['install', '--frozen-lockfile']);
}

/** A random secret kept in .data/, so it survives restarts. */
function keptSecret(dataRoot, name) {
  const file = path.join(dataRoot, name);
  if (!existsSync(file)) {
    mkdirSync(dataRoot, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** Signed-in users stay signed in across `npm start`s. */
function authSecret(dataRoot) {
  return process.env.AUTH_SECRET ?? keptSecret(dataRoot, 'auth-secret');
}

/**
 * With DATABASE_URL (the owner, who migrates and seeds) the server connects as the app's role
 * instead, so PostgreSQL's row-level security applies to it. Its password is kept in .data/.
 */
function appDatabase(dataRoot) {
  const password = process.env.STRIDE_APP_DB_PASSWORD ?? keptSecret(dataRoot, 'app-db-password');
  const url = new URL(process.env.DATABASE_URL);
  url.username = 'stride_app';
  url.password = password;
  return { password, url: url.toString() };
}

async function start() {
  install();
  run('build', 'pnpm', [
    'turbo',
    'run',
    'build',
    '--filter=@stride/web',
    '--output-logs=errors-only',
  ]);
  const dataRoot = path.join(root, '.data');
  const app = process.env.DATABASE_URL ? appDatabase(dataRoot) : null;
  const dbEnv = app
    ? { DATABASE_URL: app.url }
    : { STRIDE_DATA_DIR: process.env.STRIDE_DATA_DIR ?? path.join(dataRoot, 'pglite') };
  const setupEnv = app ? { STRIDE_APP_DB_PASSWORD: app.password } : dbEnv;
  run('migrate and seed', 'pnpm', ['--filter', '@stride/web', 'run', 'db:setup'], setupEnv);
  const port = process.env.PORT ?? '3000';
  const serverEnv = {
    ...env,
    ...dbEnv,
    AUTH_SECRET: authSecret(dataRoot),
    NODE_ENV: 'production',
    PORT: port,
  };
  const server = spawn('pnpm', ['--filter', '@stride/web', 'exec', 'next', 'start', '-p', port], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: serverEnv,
  });
  server.stdout.on('data', (chunk) => process.stdout.write(chunk));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${url}/sign-in`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  summary();
  const db = process.env.DATABASE_URL
    ? 'PostgreSQL from DATABASE_URL, as the stride_app role'
    : `embedded PGlite in ${dbEnv.STRIDE_DATA_DIR}`;
  console.log(`
  Stride is running at ${url}   (database: ${db})

  Demo sign-ins (password for all: stride-demo-2026)
    Admin       admin@stride.example
    Clinician   priya.raman@stride.example   (Santa Monica and Pasadena)
    Front desk  frontdesk@stride.example
    Patient     maya.alvarez@stride.example

  Press Ctrl+C to stop.
`);
}

function test() {
  install();
  ensureChromium();
  run('lint, typecheck, unit + integration', 'pnpm', [
    'turbo',
    'run',
    'lint',
    'typecheck',
    'test',
    '--concurrency=2',
    '--output-logs=errors-only',
  ]);
  run('format check', 'pnpm', ['exec', 'prettier', '--check', '.', '--log-level', 'warn']);
  run('production build', 'pnpm', [
    'turbo',
    'run',
    'build',
    '--filter=@stride/web',
    '--output-logs=errors-only',
  ]);
  // Reads the build just made: first-load JS per route, portal routes under 200 kB gzipped.
  run('first-load JS budget', 'pnpm', ['--filter', '@stride/bench', 'run', 'test:bundle']);
  run('end-to-end (Playwright)', 'pnpm', ['--filter', '@stride/e2e', 'run', 'test:e2e']);
  // Needs the production build above, so it runs here rather than in turbo's test task.
  run('crash test (faults)', 'pnpm', ['--filter', '@stride/e2e', 'run', 'test:faults']);
  summary();
}

const command = process.argv[2];
if (command === 'start') await start();
else if (command === 'test') test();
else {
  console.error('Usage: node scripts/stride.mjs start|test');
  process.exit(2);
}
