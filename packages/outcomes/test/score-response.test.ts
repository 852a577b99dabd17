import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Answers, Instrument } from '../src';
import { INSTRUMENTS, KOOS_PF, KUJALA, LEFS, NPRS, RUNNING_FUNCTION, scoreResponse } from '../src';

function fill(instrument: Instrument, values: readonly number[]): Answers {
  return Object.fromEntries(instrument.items.map((item, index) => [item.id, values[index] ?? 0]));
}

function valueOf(instrument: Instrument, answers: Answers): number | null {
  const result = scoreResponse(instrument, answers);
  return result.ok ? result.score.value : null;
}

describe('scoring rules against hand-computed examples', () => {
  const koosMixed = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0]; // sum 20, mean 20/11 → 100 − 45.45
  const lefsMixed = Array.from({ length: 20 }, (_, i) => (i + 1) % 5); // 1,2,3,4,0 ×4 = 40
  const kujalaMax = KUJALA.items.map((item) => item.scale.max);
  it.each([
    ['KOOS-PF all 0 (no problems)', KOOS_PF, Array<number>(11).fill(0), 100],
    ['KOOS-PF all 4 (extreme)', KOOS_PF, Array<number>(11).fill(4), 0],
    ['KOOS-PF all 2', KOOS_PF, Array<number>(11).fill(2), 50],
    ['KOOS-PF mixed', KOOS_PF, koosMixed, 54.5],
    ['LEFS all 4', LEFS, Array<number>(20).fill(4), 80],
    ['LEFS all 0', LEFS, Array<number>(20).fill(0), 0],
    ['LEFS mixed', LEFS, lefsMixed, 40],
    ['Kujala every item at its maximum', KUJALA, kujalaMax, 100],
    ['Kujala all 0', KUJALA, Array<number>(13).fill(0), 0],
    ['Kujala 3 on each item', KUJALA, Array<number>(13).fill(3), 39],
    ['NPRS headline is usual pain', NPRS, [6, 8, 7], 6],
    ['Running: 30 min, pain 4, morning 2, 2 runs', RUNNING_FUNCTION, [30, 4, 2, 2], 60],
    ['Running: caps on minutes and runs', RUNNING_FUNCTION, [120, 0, 0, 6], 100],
    ['Running: worst case', RUNNING_FUNCTION, [0, 10, 10, 0], 0],
  ])('%s', (_name, instrument, values, expected) => {
    expect(valueOf(instrument, fill(instrument, values))).toBe(expected);
  });

  it('NPRS returns every item as a subscore and the instrument version', () => {
    const result = scoreResponse(NPRS, { usual: 6, worst: 8, during_running: 7 });
    expect(result).toEqual({
      ok: true,
      score: {
        instrumentId: 'nprs',
        instrumentVersion: '1',
        value: 6,
        subscores: [
          { itemId: 'usual', value: 6 },
          { itemId: 'worst', value: 8 },
          { itemId: 'during_running', value: 7 },
        ],
        imputedItemIds: [],
      },
    });
  });
});

describe('KOOS-PF missing-item rule (at most 2, filled with the mean)', () => {
  const answered = { pf1: 1, pf2: 1, pf3: 1, pf4: 1, pf5: 1, pf6: 1, pf7: 1, pf8: 1, pf9: 2 };
  it('scores with 2 missing, using the mean of the 9 answered (10/9 → 72.2)', () => {
    const result = scoreResponse(KOOS_PF, { ...answered, pf10: null });
    expect(result.ok && result.score).toMatchObject({
      value: 72.2,
      imputedItemIds: ['pf10', 'pf11'],
    });
  });
  it('refuses 3 missing and names each', () => {
    const { pf9: _dropped, ...eight } = answered;
    const result = scoreResponse(KOOS_PF, eight);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.filter((e) => e.kind === 'missing').map((e) => e.itemId)).toEqual([
      'pf9',
      'pf10',
      'pf11',
    ]);
    expect(result.errors.some((e) => e.kind === 'too_many_missing')).toBe(true);
  });
});

describe('answer validation names the item', () => {
  it.each([
    ['missing (LEFS has no missing rule)', LEFS, { ...fill(LEFS, []), l7: null }, 'missing', 'l7'],
    [
      'extra item',
      NPRS,
      { usual: 1, worst: 1, during_running: 1, mood: 3 },
      'unknown_item',
      'mood',
    ],
    ['above the range', NPRS, { usual: 11, worst: 1, during_running: 1 }, 'out_of_range', 'usual'],
    ['below the range', LEFS, { ...fill(LEFS, []), l3: -1 }, 'out_of_range', 'l3'],
    ['over a Kujala item maximum', KUJALA, { ...fill(KUJALA, []), k1: 6 }, 'out_of_range', 'k1'],
    ['a fraction', NPRS, { usual: 2.5, worst: 1, during_running: 1 }, 'not_whole_number', 'usual'],
  ])('%s', (_name, instrument, answers, kind, itemId) => {
    const result = scoreResponse(instrument, answers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ kind, itemId }));
  });
});

describe('properties', () => {
  it.each(Object.values(INSTRUMENTS))(
    '$id: any complete in-range answer set scores within range',
    (instrument) => {
      const answers = fc.tuple(
        ...instrument.items.map((item) => fc.integer({ min: item.scale.min, max: item.scale.max })),
      );
      fc.assert(
        fc.property(answers, (values) => {
          const value = valueOf(instrument, fill(instrument, values));
          return value !== null && value >= instrument.range.min && value <= instrument.range.max;
        }),
      );
    },
  );
});
