import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { StrideCase } from '@stride/exam-schema';
import { parseCase } from '@stride/exam-schema';

import { diagnose } from '../src/index';

/** Evaluations per second and per-evaluation latency over the public cases, on one core. */
const casesDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/clinical/cases',
);
const cases: StrideCase[] = readdirSync(casesDir)
  .filter((name) => name.endsWith('.json') && name !== 'expectations.json')
  .sort()
  .flatMap((name) => {
    const parsed = parseCase(JSON.parse(readFileSync(resolve(casesDir, name), 'utf8')));
    return parsed.ok ? [parsed.value] : [];
  });
const profiles = ['clinic-method', 'literature'] as const;

let sink = 0;
function evaluate(i: number): void {
  const output = diagnose(cases[i % cases.length] ?? { format: 'stride.case/v1' }, {
    profile: profiles[i & 1],
  });
  sink += output.differential.length;
}

const WARMUP = 20_000;
const SAMPLES = 100_000;
for (let i = 0; i < WARMUP; i++) evaluate(i);

// Throughput: tight loops timed as a whole, in rounds, so a noisy neighbour shows as spread.
const ROUNDS = 10;
const rates: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < SAMPLES / ROUNDS; i++) evaluate(i);
  rates.push(SAMPLES / ROUNDS / (Number(process.hrtime.bigint() - start) / 1e9));
}
rates.sort((a, b) => a - b);
const rate = rates[ROUNDS >> 1] ?? 0;
const best = rates[ROUNDS - 1] ?? 0;

// Latency: each evaluation timed on its own (timer overhead included).
const latencies = new Float64Array(SAMPLES);
for (let i = 0; i < SAMPLES; i++) {
  const t0 = process.hrtime.bigint();
  evaluate(i);
  latencies[i] = Number(process.hrtime.bigint() - t0) / 1000;
}
latencies.sort();
const at = (q: number): string =>
  (latencies[Math.min(SAMPLES - 1, Math.floor(q * SAMPLES))] ?? 0).toFixed(1);

console.log(
  `diagnosis bench: ${cases.length} public cases x ${profiles.length} profiles, ${SAMPLES.toLocaleString('en')} evaluations`,
);
const fmt = (n: number): string => Math.round(n).toLocaleString('en');
console.log(
  `throughput: median ${fmt(rate)} evaluations/s over ${ROUNDS} rounds (best ${fmt(best)}, worst ${fmt(rates[0] ?? 0)}); target 50,000: ${rate >= 50_000 ? 'OK' : 'BELOW TARGET'}`,
);
console.log(
  `latency per evaluation: mean ${(1e6 / rate).toFixed(1)} µs, p50 ${at(0.5)} µs, p99 ${at(0.99)} µs, max ${at(1)} µs (hrtime overhead included)`,
);
if (sink === 0) console.log('');
