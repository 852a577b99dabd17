import type { ProcessStat } from './processes';
import { processTree, readProcesses } from './processes';

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
  const processes = readProcesses();
  const sum = (list: readonly ProcessStat[]) => list.reduce((total, p) => total + p.cpuMs, 0);
  const own = process.cpuUsage();
  return {
    serverMs: sum(processTree(processes, serverPid)),
    postgresMs: sum(processes.filter((p) => p.name === 'postgres')),
    loadMs: (own.user + own.system) / 1000,
  };
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
