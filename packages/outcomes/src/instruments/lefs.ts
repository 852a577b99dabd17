import type { Instrument } from '../instrument-schema';
import { LICENSED_WORDING_NOTE } from './licensed';

const ITEM_COUNT = 20;

/** Lower Extremity Functional Scale: 20 items, 0 (extreme difficulty) to 4 (none), sum 0–80. */
export const LEFS: Instrument = {
  id: 'lefs',
  version: '1',
  name: 'Lower Extremity Functional Scale (LEFS)',
  licensed: true,
  licenceNote:
    `${LICENSED_WORDING_NOTE} Copyright is held via APTA/the journal; obtain permission ` +
    'before use (research.md §4).',
  items: Array.from({ length: ITEM_COUNT }, (_, index) => ({
    id: `l${index + 1}`,
    scale: { min: 0, max: 4, unit: 'points' as const },
  })),
  scoring: { kind: 'sum' },
  direction: 'higher_is_better',
  range: { min: 0, max: 80 },
  mcid: {
    value: 9,
    source: 'Binkley et al., Phys Ther 1999;79:371 (MDC 9, MCID 9) [V]',
    verified: true,
  },
  // research.md gives no missing-item rule for LEFS, so every item is required.
  scoringSource: 'Sum of 20 items, 0–80, higher is better (Binkley 1999) [V].',
};
