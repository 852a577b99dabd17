/**
 * A throwaway PostgreSQL cluster on a loopback port, so the test can restart it in immediate
 * mode (a crash: no checkpoint, WAL recovery on start) without touching the shared server on
 * 5432 that other suites use. initdb refuses root, so as root it runs as the `postgres` user.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface Cluster {
  url: (database: string, user?: string) => string;
  port: number;
  restartImmediate(downMs: number): Promise<void>;
  stop(): Promise<void>;
}

/** The newest installed server binaries, or STRIDE_PG_BIN; undefined when there are none. */
export function findPgBin(): string | undefined {
  if (process.env.STRIDE_PG_BIN) return process.env.STRIDE_PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined;
}

function ownerIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = execFileSync('getent', ['passwd', 'postgres'], { encoding: 'utf8' });
  const [, , uid = '', gid = ''] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startCluster(bin: string, port: number): Promise<Cluster> {
  const owner = ownerIds();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stride-faults-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  // Async, so the clients sharing this process keep running while the server goes down.
  const run = async (tool: string, args: string[]): Promise<void> => {
    const [cmd, argv] = owner
      ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]]
      : [path.join(bin, tool), args];
    await execFileAsync(cmd, argv, { timeout: 60_000 });
  };
  // --no-sync only skips initdb's own fsync; the server itself runs with fsync on.
  await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-k ${dir}`,
    '-c max_connections=60',
    // A backend whose client died (SIGKILLed app) notices within a quarter second instead of
    // finishing the dead client's statement; that is what makes "killed mid-job" real.
    '-c client_connection_check_interval=250',
  ].join(' ');
  const start = (): Promise<void> =>
    run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', options, 'start']);
  await start();
  // Even if the run dies on an uncaught error, no server is left holding the port and folder.
  process.once('exit', () => {
    try {
      const stop = [path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop'];
      if (owner) execFileSync('runuser', ['-u', 'postgres', '--', ...stop], { stdio: 'ignore' });
      else execFileSync(stop[0] ?? '', stop.slice(1), { stdio: 'ignore' });
    } catch {
      /* already stopped */
    }
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    port,
    url: (database, user = 'postgres') => `postgres://${user}@127.0.0.1:${port}/${database}`,
    async restartImmediate(downMs) {
      await run('pg_ctl', ['-D', data, '-w', '-m', 'immediate', 'stop']);
      // Held down a moment so requests meet a refused connection, not only a dropped one.
      await sleep(downMs);
      await start();
    },
    async stop() {
      try {
        await run('pg_ctl', ['-D', data, '-w', '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
