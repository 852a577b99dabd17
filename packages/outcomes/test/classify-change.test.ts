import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { classifyChange, KOOS_PF, KUJALA, LEFS, NPRS, RUNNING_FUNCTION } from '../src';

describe('classifyChange: MCID boundaries and direction', () => {
  it.each([
    // NPRS: lower is better, MCID 2
    [NPRS, 6, 4, 'improved'],
    [NPRS, 6, 5, 'within_mcid'],
    [NPRS, 6, 8, 'worsened'],
    [NPRS, 6, 7, 'within_mcid'],
    [NPRS, 6, 6, 'within_mcid'],
    // KOOS-PF: higher is better, MCID 16.4 (scores carry one decimal)
    [KOOS_PF, 40, 56.4, 'improved'],
    [KOOS_PF, 40, 56.3, 'within_mcid'],
    [KOOS_PF, 40, 23.6, 'worsened'],
    [KOOS_PF, 40, 23.7, 'within_mcid'],
    // LEFS: MCID 9
    [LEFS, 50, 59, 'improved'],
    [LEFS, 50, 58, 'within_mcid'],
    [LEFS, 50, 41, 'worsened'],
    // Kujala: top of the unverified 8–10 band
    [KUJALA, 60, 70, 'improved'],
    [KUJALA, 60, 69, 'within_mcid'],
    // No MCID
    [RUNNING_FUNCTION, 20, 90, 'no_mcid'],
  ] as const)('%s.id %d → %d is %s', (instrument, baseline, current, status) => {
    expect(classifyChange(instrument, baseline, current).status).toBe(status);
  });

  it('carries the unverified flag for Kujala', () => {
    expect(classifyChange(KUJALA, 60, 75)).toMatchObject({ mcid: 10, mcidVerified: false });
    expect(classifyChange(LEFS, 50, 60)).toMatchObject({ mcid: 9, mcidVerified: true });
  });

  it('reports improvement in the better direction for both directions', () => {
    expect(classifyChange(NPRS, 6, 3)).toMatchObject({ change: -3, improvement: 3 });
    expect(classifyChange(LEFS, 40, 50)).toMatchObject({ change: 10, improvement: 10 });
  });

  it('property: swapping baseline and current swaps improved and worsened', () => {
    const swap = {
      improved: 'worsened',
      worsened: 'improved',
      within_mcid: 'within_mcid',
    } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 80 }), (a, b) => {
        const forward = classifyChange(LEFS, a, b).status;
        const back = classifyChange(LEFS, b, a).status;
        return forward !== 'no_mcid' && back === swap[forward];
      }),
    );
  });
});
