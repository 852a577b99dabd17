import { describe, expect, it } from 'vitest';

import { KOOS_PF, NPRS, RUNNING_FUNCTION, summarizeProgress } from '../src';

const pain = (
  usual: number,
  worst: number,
  running: number,
): {
  value: number;
  subscores: { itemId: string; value: number }[];
} => ({
  value: usual,
  subscores: [
    { itemId: 'usual', value: usual },
    { itemId: 'worst', value: worst },
    { itemId: 'during_running', value: running },
  ],
});

describe('summarizeProgress', () => {
  it('writes one plain sentence per pain rating', () => {
    expect(summarizeProgress(NPRS, pain(6, 8, 7), pain(3, 6, 6)).map((line) => line.text)).toEqual([
      'Your usual pain has dropped from 6 to 3: that is a real improvement, more than the 2 points that matter.',
      'Your worst pain has dropped from 8 to 6: that is a real improvement, as much as the 2 points that matter.',
      'Your pain while running has dropped from 7 to 6. Changes smaller than 2 points can happen from week to week, so we will keep watching.',
    ]);
  });

  it('says so when pain rises beyond the MCID', () => {
    const [line] = summarizeProgress(NPRS, pain(3, 3, 3), pain(6, 3, 3));
    expect(line).toMatchObject({ status: 'worsened' });
    expect(line?.text).toBe(
      'Your usual pain has risen from 3 to 6: that is more than the 2 points that matter, so your clinician will go through it with you.',
    );
  });

  it('summarises a whole-instrument score with its direction', () => {
    const [line] = summarizeProgress(
      KOOS_PF,
      { value: 40, subscores: [] },
      { value: 62.5, subscores: [] },
    );
    expect(line?.text).toMatch(
      /^Your KOOS-PF .* score \(higher is better\) has risen from 40 to 62\.5: that is a real improvement, more than the 16\.4 points that matter\.$/,
    );
  });

  it('makes no MCID claim for an instrument without one', () => {
    const [line] = summarizeProgress(
      RUNNING_FUNCTION,
      { value: 40, subscores: [] },
      { value: 40, subscores: [] },
    );
    expect(line).toMatchObject({ status: 'no_mcid' });
    expect(line?.text).toMatch(/has stayed at 40\.$/);
  });
});
