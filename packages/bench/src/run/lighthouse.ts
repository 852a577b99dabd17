import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { chromiumPath, repoRoot } from '../env';

const bin = path.join(repoRoot, 'packages/bench/node_modules/.bin/lighthouse');

export interface LighthouseResult {
  page: string;
  scores: number[];
  median: number;
}

function once(url: string, cookie: string | undefined): number {
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
  if (res.status !== 0) throw new Error(`lighthouse ${url} failed: ${res.stderr.slice(-500)}`);
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
