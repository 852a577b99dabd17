import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { GoldenDigests } from './golden-digests';
import { computeGoldenDigests, goldenUrl } from './golden-digests';

/**
 * Output is byte-identical to the committed golden digests for every public case and for 2,000
 * generated cases (fixed seed), under both profiles. Regenerate only for an intended change:
 * `pnpm exec tsx scripts/update-golden.ts` in packages/diagnosis.
 */
describe('golden output', () => {
  const golden = JSON.parse(readFileSync(goldenUrl, 'utf8')) as GoldenDigests;
  const actual = computeGoldenDigests();

  it('feeds the engine the same generated inputs', () => {
    expect(actual.generatedInputs).toBe(golden.generatedInputs);
  });

  it('gives byte-identical output for every public case', () => {
    expect(actual.publicCases).toEqual(golden.publicCases);
  });

  it('gives byte-identical output for every generated case', () => {
    expect(golden.generated).toHaveLength(2000);
    const changed = actual.generated.flatMap((digest, i) =>
      digest === golden.generated[i] ? [] : [i],
    );
    expect(changed).toEqual([]);
  });
});
