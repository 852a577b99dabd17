import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { ExplainFinding } from './explain';
import type { LighthouseResult } from './lighthouse';
import type { LoadResult } from './load';
import type { ScenarioKind } from './scenarios';
import { resultsDir } from '../env';

export interface ScenarioResult extends LoadResult {
  name: string;
  kind: ScenarioKind;
  connections: number;
  ratio: number;
  /**
   * For reads, the trivial procedure's rate measured beside the scenario (the mean of a run just
   * before and one just after it), which `ratio` divides by; others use the run's first ceiling.
   */
  ceilingRps?: number;
  /** CPU milliseconds per request: the server's process tree, PostgreSQL, the load generator. */
  cpu: { server: number; postgres: number; load: number };
  seqScans: string[];
  pass: boolean;
  why: string[];
}

export interface BenchResults {
  at: string;
  loadAverage: number[];
  cpus: number;
  connections: number;
  durationSeconds: number;
  scenarios: ScenarioResult[];
  explain: ExplainFinding[];
  peakRssMb: number;
  /** The scenario (or set-up step) running when peakRssMb was sampled. */
  peakRssDuring: string;
  lighthouse: LighthouseResult[];
  pass: boolean;
}

const TARGET = { readP95: 100, readRatio: 0.5, writeP95: 150, reportP95: 1000 };

/** Applies the issue's targets to one scenario. */
export function judge(r: Omit<ScenarioResult, 'pass' | 'why'>): ScenarioResult {
  const why: string[] = [];
  if (r.kind === 'read' && r.p95 >= TARGET.readP95) why.push(`p95 ≥ ${TARGET.readP95} ms`);
  if (r.kind === 'read' && r.ratio < TARGET.readRatio)
    why.push('under half the trivial throughput');
  if (r.kind === 'write' && r.p95 >= TARGET.writeP95) why.push(`p95 ≥ ${TARGET.writeP95} ms`);
  if (r.kind === 'report' && r.p95 >= TARGET.reportP95) why.push(`p95 ≥ ${TARGET.reportP95} ms`);
  if (r.errors + r.non2xx > 0) why.push(`${r.errors + r.non2xx} failed requests`);
  if (r.seqScans.length) why.push(`seq scan of ${r.seqScans.join(', ')}`);
  return { ...r, pass: why.length === 0, why };
}

/** Context rows are not held to the targets, only to answering every request without a scan. */
const verdict = (s: ScenarioResult): string =>
  s.pass ? (s.kind === 'context' ? 'context' : 'pass') : `FAIL: ${s.why.join('; ')}`;

export function markdown(b: BenchResults): string {
  const rows = b.scenarios.map(
    (s) =>
      `| ${s.name} | ${s.connections} | ${s.rps} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.kind === 'ceiling' ? '1.00' : s.ratio.toFixed(2)}${s.ceilingRps === undefined ? '' : ` (of ${s.ceilingRps})`} | ${s.cpu.server} + ${s.cpu.postgres} | ${verdict(s)} |`,
  );
  const lh = b.lighthouse.map((l) => `| ${l.page} | ${l.scores.join(', ')} | ${l.median} |`);
  const scans = b.explain.filter((e) => e.seqScans.length);
  return [
    `Run ${b.at}, load average ${b.loadAverage.map((l) => l.toFixed(2)).join(' / ')} on ${b.cpus} CPUs, ${b.durationSeconds} s per scenario. Peak server RSS ${b.peakRssMb} MB (${b.peakRssDuring}).`,
    '',
    '| scenario | conns | req/s | p50 ms | p95 ms | p99 ms | × trivial | CPU ms/req server + PostgreSQL | verdict |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --- |',
    ...rows,
    '',
    `EXPLAIN of ${b.explain.length} hot queries: ${scans.length ? scans.map((e) => `${e.query} → seq scan of ${e.seqScans.join(', ')}`).join('; ') : 'no sequential scan of a large table'}.`,
    '',
    ...(lh.length
      ? ['| Lighthouse (performance) | runs | median |', '| --- | --- | --: |', ...lh]
      : []),
    '',
  ].join('\n');
}

export function writeResults(b: BenchResults): string {
  mkdirSync(resultsDir, { recursive: true });
  const stamp = b.at.replace(/[:.]/g, '-');
  writeFileSync(path.join(resultsDir, `bench-${stamp}.json`), `${JSON.stringify(b, null, 2)}\n`);
  const md = markdown(b);
  writeFileSync(path.join(resultsDir, 'latest.md'), md);
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(b, null, 2)}\n`);
  return md;
}
