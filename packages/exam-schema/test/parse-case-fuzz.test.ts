import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { ParseCaseResult } from '../src';
import { parseCase, parseCaseText } from '../src';
import { caseArbitrary } from '../src/testing/case-arbitrary';

/** Seeded so CI runs the same inputs each time: 1,000 in all. */
const run = { seed: 20_260_410, numRuns: 200 };

function expectTypedResult(result: ParseCaseResult): void {
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) expect(typeof e).toBe('string');
  }
}

/** Replaces the value at a random path of a document with something else of any JSON shape. */
function mutateAt(doc: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0 || doc === null || typeof doc !== 'object') return replacement;
  const entries = Object.entries(doc);
  if (entries.length === 0) return replacement;
  const [head = 0, ...rest] = path;
  const [key, value] = entries[head % entries.length] ?? [];
  if (key === undefined) return replacement;
  const copy = (Array.isArray(doc) ? [...(doc as unknown[])] : { ...doc }) as object;
  // `__proto__` as an own key, the way JSON.parse makes it, rather than a prototype change.
  Object.defineProperty(copy, key, {
    value: mutateAt(value, rest, replacement),
    enumerable: true,
    writable: true,
  });
  return copy;
}

const hostileKeyDoc = fc.constantFrom(
  '{"format":"stride.case/v1","__proto__":{"polluted":true}}',
  '{"format":"stride.case/v1","history":{"constructor":{"prototype":{"polluted":true}}}}',
  `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  `{"format":"stride.case/v1","id":"${'x'.repeat(100_000)}"}`,
);

describe('the case parser under fuzzing', () => {
  it('answers any text with a result, never a throw', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.json(), hostileKeyDoc);
    fc.assert(
      fc.property(text, (t) => {
        expectTypedResult(parseCaseText(t));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      run,
    );
  });

  it('answers any bytes, decoded as the upload is, with a result', () => {
    const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) =>
        expectTypedResult(parseCaseText(decode(b))),
      ),
      run,
    );
  });

  it('answers a valid case with one value replaced by anything with a result', () => {
    const mutated = fc
      .tuple(caseArbitrary, fc.array(fc.nat(), { maxLength: 5 }), fc.jsonValue({ maxDepth: 3 }))
      .map(([doc, path, value]) => mutateAt(JSON.parse(JSON.stringify(doc)), path, value));
    fc.assert(
      fc.property(mutated, (doc) => expectTypedResult(parseCase(doc))),
      run,
    );
  });

  it('answers a valid case file with its text cut or spliced with a result', () => {
    const spliced = fc
      .tuple(caseArbitrary, fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 4 }))
      .map(([doc, at, cut, junk]) => {
        const text = JSON.stringify(doc, null, 2);
        const i = at % (text.length + 1);
        return text.slice(0, i) + junk + text.slice(i + cut);
      });
    fc.assert(
      fc.property(spliced, (t) => expectTypedResult(parseCaseText(t))),
      run,
    );
  });

  it('reads every valid generated case file back as the same case', () => {
    fc.assert(
      fc.property(caseArbitrary, (doc) => {
        expect(parseCaseText(JSON.stringify(doc, null, 2))).toEqual({ ok: true, value: doc });
      }),
      run,
    );
  });
});
