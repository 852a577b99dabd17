/** `pnpm --filter @stride/bench bundle`: first-load JS per route of the last production build. */
import path from 'node:path';

import { repoRoot } from '../env';
import { firstLoadJs } from './first-load';

const dist = path.join(repoRoot, 'apps/web', process.env.STRIDE_NEXT_DIST_DIR ?? '.next');
for (const r of firstLoadJs(dist))
  console.log(
    `${r.route.padEnd(48)} ${(r.gzipBytes / 1024).toFixed(1).padStart(7)} kB  (${r.files} files)`,
  );
