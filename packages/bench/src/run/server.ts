import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

import { appRoleUrl } from '@stride/db';

import { benchDatabaseUrl, benchPort, distDir, repoRoot } from '../env';
import { processTree, readProcesses } from './processes';

const webDir = path.join(repoRoot, 'apps/web');
const nextBin = path.join(webDir, 'node_modules/next/dist/bin/next');
const baseEnv = { ...process.env, STRIDE_NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };

/** `next build` into the bench's own dist dir (never apps/web/.next, which others use). */
export function buildApp(): void {
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: webDir,
    stdio: 'inherit',
    env: { ...baseEnv, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`next build failed (${result.status})`);
}

export interface Server {
  url: string;
  process: ChildProcess;
  /** Resident memory of the server's whole process tree, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

function treeRssMb(rootPid: number): number {
  const total = processTree(readProcesses(), rootPid).reduce((sum, p) => sum + p.rssMb, 0);
  return Math.round(total);
}

/** Serves the bench build; `extraEnv` adds settings (STRIDE_SLOT_CACHE=off, say). */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<Server> {
  const url = `http://127.0.0.1:${benchPort}`;
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to see where time goes.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, nextBin, 'start', '-p', String(benchPort)], {
    cwd: webDir,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...baseEnv,
      NODE_ENV: 'production',
      // As in production: the non-owner role that row-level security binds.
      DATABASE_URL: appRoleUrl(benchDatabaseUrl),
      AUTH_SECRET: randomBytes(32).toString('hex'),
      PORT: String(benchPort),
      ...extraEnv,
    },
  });
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  let up = false;
  for (let i = 0; i < 240 && !up && exited === null; i++) {
    try {
      up = (await fetch(`${url}/sign-in`)).ok;
    } catch {
      /* not listening yet */
    }
    if (!up) await new Promise((r) => setTimeout(r, 500));
  }
  if (!up) {
    child.kill('SIGKILL');
    throw new Error(
      exited === null
        ? `The server did not answer ${url}/sign-in within 2 minutes.`
        : `The server exited with code ${String(exited)} before answering.`,
    );
  }
  return {
    url,
    process: child,
    rssMb: () => treeRssMb(child.pid ?? 0),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
