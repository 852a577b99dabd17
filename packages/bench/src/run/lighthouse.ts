import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { chromiumPath, repoRoot } from '../env';

const bin = path.join(repoRoot, 'packages/bench/node_modules/.bin/lighthouse');

export interface LighthouseResult {
  page: string;
  scores: number[];
  median: number;
}

/**
 * Lighthouse sometimes loses Chromium's trace on a busy machine (NO_NAVSTART); such a run says
 * nothing about the page, so it is repeated, twice at most, rather than ending the benchmark.
 */
function once(url: string, cookie: string | undefined): number {
  for (let attempt = 1; ; attempt++) {
    try {
      return runOnce(url, cookie);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof LighthouseTraceLost)) throw error;
      console.warn(`lighthouse ${url}: the trace was lost, running it again`);
    }
  }
}

class LighthouseTraceLost extends Error {}

function runOnce(url: string, cookie: string | undefined): number {
  const args = [
    url,
    '--only-categories=performance',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const res = spawnSync(bin, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CHROME_PATH: chromiumPath },
  });
  if (res.status !== 0) {
    const why = `lighthouse ${url} failed: ${res.stderr.slice(-500)}`;
    throw /NO_NAVSTART|NO_FCP|recording the trace/.test(res.stderr)
      ? new LighthouseTraceLost(why)
      : new Error(why);
  }
  const report = JSON.parse(res.stdout) as { categories: { performance: { score: number } } };
  return report.categories.performance.score;
}

/** Lighthouse's default (mobile) performance score, three runs a page, the median kept. */
export function lighthousePages(
  baseUrl: string,
  pages: { page: string; path: string; cookie?: string }[],
): LighthouseResult[] {
  return pages.map(({ page, path: p, cookie }) => {
    const scores = [0, 1, 2].map(() => once(`${baseUrl}${p}`, cookie));
    const median = [...scores].sort((a, b) => a - b)[1] ?? 0;
    return { page, scores, median };
  });
}
