import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { firstLoadJs } from '../src/bundle/first-load';
import { repoRoot } from '../src/env';

/** Patients open the portal on phones over mobile data: its first load stays under this. */
const PORTAL_BUDGET_BYTES = 200 * 1024;
const dist = path.join(repoRoot, 'apps/web', process.env.STRIDE_NEXT_DIST_DIR ?? '.next');

describe('first-load JavaScript of the production build', () => {
  it('has a build to read (npm test builds before this runs)', () => {
    expect(existsSync(path.join(dist, 'build-manifest.json'))).toBe(true);
  });

  it('keeps every patient portal route under 200 kB gzipped', () => {
    const portal = firstLoadJs(dist).filter((r) => r.route.startsWith('/portal'));
    expect(portal.length).toBeGreaterThan(0);
    const over = portal
      .filter((r) => r.gzipBytes > PORTAL_BUDGET_BYTES)
      .map((r) => `${r.route}: ${(r.gzipBytes / 1024).toFixed(1)} kB`);
    expect(over).toEqual([]);
  });
});
