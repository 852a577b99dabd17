import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

export interface CpuSnapshot {
  /** The server's whole process tree. */
  serverMs: number;
  /** Every PostgreSQL process on the machine (the benchmark is its only real client). */
  postgresMs: number;
  /** This process: autocannon, the load generator. */
  loadMs: number;
}

/**
 * CPU time used so far, read from /proc. Differences over a scenario, divided by its requests,
 * give the CPU one request costs: steadier on a noisy two-core machine than throughput, which
 * moves with whatever else the host runs.
 */
export function cpuSnapshot(serverPid: number): CpuSnapshot {
  const parents = new Map<number, number>();
  const used = new Map<number, number>();
  let postgresMs = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      parents.set(Number(entry), Number(fields[1]));
      used.set(Number(entry), ms);
      if (name === 'postgres') postgresMs += ms;
    } catch {
      /* the process ended while we looked */
    }
  }
  let serverMs = 0;
  const queue = [serverPid];
  while (queue.length) {
    const pid = queue.pop() ?? 0;
    serverMs += used.get(pid) ?? 0;
    for (const [child, parent] of parents) if (parent === pid) queue.push(child);
  }
  const own = process.cpuUsage();
  return { serverMs, postgresMs, loadMs: (own.user + own.system) / 1000 };
}

/** CPU ms per request between two snapshots, one decimal place. */
export function cpuPerRequest(
  before: CpuSnapshot,
  after: CpuSnapshot,
  requests: number,
): { server: number; postgres: number; load: number } {
  const per = (a: number, b: number) => Math.round(((b - a) / Math.max(requests, 1)) * 100) / 100;
  return {
    server: per(before.serverMs, after.serverMs),
    postgres: per(before.postgresMs, after.postgresMs),
    load: per(before.loadMs, after.loadMs),
  };
}
