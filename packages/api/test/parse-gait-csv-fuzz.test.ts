import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  footStrikeIds,
  gaitMeasures,
  gaitSessionSchema,
  valgusGradeIds,
} from '@stride/exam-schema';

import { parseGaitCsv } from '../src/encounters/parse-gait-csv';
import { GAIT_CSV_MAX_BYTES } from '../src/encounters/upload-limits';

/** Seeded so CI runs the same inputs each time: 800 in all. */
const run = { seed: 20_260_409, numRuns: 200 };
/** Random text rarely starts with the header; half the inputs do, so the row checks are reached. */
const anyText = fc
  .tuple(fc.boolean(), fc.string({ unit: 'binary', maxLength: 300 }))
  .map(([header, text]) => (header ? `metric,side,value\n${text}` : text));
const WHOLE_BODY = new Set(['cadenceSpm', 'verticalOscillationCm']);

/** A valid file's rows and the gait session they mean. */
const validCsv = fc
  .record({
    measures: fc.array(
      fc.tuple(fc.constantFrom(...Object.keys(gaitMeasures)), fc.constantFrom('left', 'right')),
      { maxLength: 12 },
    ),
    footStrike: fc.option(fc.constantFrom(...footStrikeIds), { nil: undefined }),
    valgus: fc.option(fc.constantFrom(...valgusGradeIds), { nil: undefined }),
    crossover: fc.option(fc.boolean(), { nil: undefined }),
    fraction: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ measures, footStrike, valgus, crossover, fraction }) => {
    const rows = new Map<string, string>();
    for (const [metric, side] of measures) {
      const m = (gaitMeasures as Record<string, { min: number; max: number }>)[metric];
      if (!m) continue;
      const value = m.min + (m.max - m.min) * fraction;
      rows.set(`${metric},${WHOLE_BODY.has(metric) ? 'both' : side}`, String(value));
    }
    if (footStrike) rows.set('footStrike,both', footStrike);
    if (valgus) rows.set('dynamicKneeValgus,left', valgus);
    if (crossover !== undefined) rows.set('crossoverGait,both', String(crossover));
    return ['metric,side,value', ...[...rows].map(([k, v]) => `${k},${v}`)].join('\n');
  });

function expectTypedResult(text: string): void {
  const result = parseGaitCsv(text);
  if (result.ok) expect(gaitSessionSchema.safeParse(result.gait).success).toBe(true);
  else expect(result.errors.length).toBeGreaterThan(0);
}

describe('the gait CSV parser under fuzzing', () => {
  it('answers any text with a result, never a throw', () => {
    fc.assert(fc.property(anyText, expectTypedResult), run);
  }, 30_000);

  it('answers any bytes, decoded as the upload is, with a result', () => {
    const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => expectTypedResult(decode(b))),
      run,
    );
  });

  it('answers a valid file with bytes inserted, deleted or lines shuffled with a result', () => {
    const mutated = fc
      .tuple(validCsv, fc.nat(), fc.string({ unit: 'binary', maxLength: 6 }), fc.nat({ max: 4 }))
      .map(([csv, at, junk, cut]) => {
        const i = at % (csv.length + 1);
        const lines = csv.split('\n');
        return at % 3 === 0
          ? [...lines.slice(1), lines[0]].join('\r\n')
          : csv.slice(0, i) + junk + csv.slice(i + cut);
      });
    fc.assert(fc.property(mutated, expectTypedResult), run);
  });

  it('reads every valid generated file back as the metrics it holds', () => {
    fc.assert(
      fc.property(validCsv, (csv) => {
        const rows = csv.split('\n').length - 1;
        const result = parseGaitCsv(csv);
        if (rows === 0) return expect(result.ok).toBe(false);
        expect(result).toMatchObject({ ok: true, rows });
      }),
      run,
    );
  });

  it('refuses a file over the limit, naming the limit', () => {
    const result = parseGaitCsv(`metric,side,value\n${'x'.repeat(GAIT_CSV_MAX_BYTES)}`);
    expect(result).toEqual({ ok: false, errors: ['The file is larger than 100 KB.'] });
  });
});
