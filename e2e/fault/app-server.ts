/**
 * The production build of the web app (`next start`), started as its own process group so a
 * SIGKILL takes the server and anything it spawned down at once, as a crashed host would.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const web = path.resolve(import.meta.dirname, '../../apps/web');
const nextBin = createRequire(path.join(web, 'package.json')).resolve('next/dist/bin/next');

export interface AppServer {
  baseUrl: string;
  start(): Promise<void>;
  kill(): Promise<void>;
  stop(): Promise<void>;
  /** Exits nobody asked for: the app must survive a database restart. */
  crashes(): number;
}

export function appServer(options: {
  port: number;
  databaseUrl: string;
  authSecret: string;
  log: (line: string) => void;
}): AppServer {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess | undefined;
  let crashes = 0;
  let expectExit = false;

  const exited = (c: ChildProcess): Promise<void> =>
    c.exitCode !== null || c.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => c.once('exit', () => resolve()));

  async function waitReady(c: ChildProcess): Promise<void> {
    for (let i = 0; i < 240; i++) {
      if (c.exitCode !== null) throw new Error(`the app exited with ${c.exitCode} while starting`);
      try {
        const res = await fetch(`${baseUrl}/sign-in`, { signal: AbortSignal.timeout(5000) });
        if (res.ok) return;
      } catch {
        /* not listening yet */
      }
      await sleep(250);
    }
    throw new Error('the app did not answer within a minute');
  }

  return {
    baseUrl,
    async start() {
      const c = spawn(
        process.execPath,
        [nextBin, 'start', '-p', String(options.port), '-H', '127.0.0.1'],
        {
          cwd: web,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            ...process.env,
            DATABASE_URL: options.databaseUrl,
            AUTH_SECRET: options.authSecret,
            NODE_ENV: 'production',
            // The build this run was given (stride.mjs builds `.next`; local runs may use another).
            STRIDE_NEXT_DIST_DIR: process.env.STRIDE_NEXT_DIST_DIR ?? '.next',
          },
        },
      );
      const forward = (chunk: Buffer): void => {
        for (const line of chunk.toString().split('\n')) if (line.trim()) options.log(line);
      };
      c.stdout?.on('data', forward);
      c.stderr?.on('data', forward);
      expectExit = false;
      c.once('exit', (code, signal) => {
        if (expectExit) return;
        crashes++;
        options.log(`the app exited on its own (${code ?? signal})`);
      });
      child = c;
      await waitReady(c);
    },
    async kill() {
      const c = child;
      if (!c?.pid || c.exitCode !== null || c.signalCode !== null) return;
      expectExit = true;
      process.kill(-c.pid, 'SIGKILL');
      await exited(c);
    },
    async stop() {
      const c = child;
      if (!c?.pid || c.exitCode !== null || c.signalCode !== null) return;
      expectExit = true;
      process.kill(-c.pid, 'SIGTERM');
      await Promise.race([exited(c), sleep(5000)]);
      if (c.exitCode === null && c.signalCode === null) process.kill(-c.pid, 'SIGKILL');
    },
    crashes: () => crashes,
  };
}
