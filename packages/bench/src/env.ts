import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, two levels above this package. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const env = process.env;

/** The bench owns its database: generating drops and recreates it, never another one. */
export const benchDatabase = env.BENCH_DATABASE ?? 'stride_bench';
export const serverUrl = env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const benchDatabaseUrl = `${serverUrl}/${benchDatabase}`;

/** Ports 3450–3459 are the bench's on this shared machine. */
export const benchPort = Number(env.BENCH_PORT ?? 3450);
export const distDir = env.STRIDE_NEXT_DIST_DIR ?? '.next-bench';
export const resultsDir = path.join(repoRoot, 'bench-results');

/** Seconds each load scenario runs, and its connection count (the target is at 50). */
export const durationSeconds = Number(env.BENCH_DURATION ?? 10);
export const connections = Number(env.BENCH_CONNECTIONS ?? 50);
export const skipBuild = env.BENCH_SKIP_BUILD === '1';
export const skipLighthouse = env.BENCH_SKIP_LIGHTHOUSE === '1';
/** Comma-separated parts of scenario names to run (all when unset), for working on one path. */
export const only = (env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
export const chromiumPath = env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Generated dates hang off this Monday (default: this week's), so the same seed and anchor give
 * the same rows while the future stays in the future for the booking scenarios.
 */
export function anchorMonday(): string {
  if (env.BENCH_ANCHOR) return env.BENCH_ANCHOR;
  const now = new Date();
  const back = (now.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - back))
    .toISOString()
    .slice(0, 10);
}
