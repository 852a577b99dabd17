import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { likelihoods, thresholds } from '../src/index';
import { repoRoot } from './public-cases';

describe('README', () => {
  const readme = readFileSync(resolve(repoRoot, 'packages/diagnosis/README.md'), 'utf8');

  it('lists every likelihood and threshold the engine uses', () => {
    // Table rows, whatever padding a formatter adds.
    const rows = new Set(
      readme.split('\n').map((line) =>
        line
          .split('|')
          .map((cell) => cell.trim())
          .slice(1, 3)
          .join(' | '),
      ),
    );
    for (const l of likelihoods) expect(rows).toContain(`\`${l.match}\` | ${l.condition}`);
    const keys = new Set([...rows].map((row) => row.split(' | ')[0]));
    for (const t of thresholds) expect(keys).toContain(`\`${t.match}\``);
  });
});
