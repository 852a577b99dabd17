import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICK_MS = 10;
const PAGE_BYTES = 4096;

export interface ProcessStat {
  pid: number;
  parent: number;
  name: string;
  rssMb: number;
  /** User and system CPU used so far. */
  cpuMs: number;
}

/** Every process's figures from /proc/<pid>/stat, for the benchmark's memory and CPU readings. */
export function readProcesses(): ProcessStat[] {
  const out: ProcessStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({
        pid: Number(entry),
        parent: Number(fields[1]),
        name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        rssMb: (Number(fields[21]) * PAGE_BYTES) / 1_048_576,
        cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      });
    } catch {
      /* the process ended while we looked */
    }
  }
  return out;
}

/** `root` and every process below it. */
export function processTree(processes: readonly ProcessStat[], root: number): ProcessStat[] {
  const tree: ProcessStat[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop() ?? 0;
    for (const p of processes) {
      if (p.pid === pid) tree.push(p);
      if (p.parent === pid) queue.push(p.pid);
    }
  }
  return tree;
}
