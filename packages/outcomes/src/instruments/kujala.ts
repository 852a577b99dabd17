import type { Instrument } from '../instrument-schema';
import { LICENSED_WORDING_NOTE } from './licensed';

/**
 * Points available per item on the 13-item form; they sum to 100. Taken from the published
 * form as commonly reproduced, not from research.md: verify against the licensed copy [U].
 */
const ITEM_MAX_POINTS = [5, 5, 5, 10, 5, 10, 10, 10, 10, 10, 10, 5, 5] as const;

/** Kujala Anterior Knee Pain Scale: 13 items, the clinic's boxes map to points, sum 0–100. */
export const KUJALA: Instrument = {
  id: 'kujala',
  version: '1',
  name: 'Kujala Anterior Knee Pain Scale (AKPS)',
  licensed: true,
  licenceNote:
    `${LICENSED_WORDING_NOTE} No free commercial use was found: get permission from the ` +
    'publisher/authors (Kujala et al., Arthroscopy 1993) before use (research.md §4).',
  items: ITEM_MAX_POINTS.map((max, index) => ({
    id: `k${index + 1}`,
    scale: { min: 0, max, unit: 'points' as const },
  })),
  scoring: { kind: 'sum' },
  direction: 'higher_is_better',
  range: { min: 0, max: 100 },
  mcid: {
    // The top of the quoted band, so "improved" is not claimed on an unverified low figure.
    value: 10,
    range: [8, 10],
    source: 'Commonly quoted 8–10 points; not verified in research.md §4 [U]',
    verified: false,
  },
  scoringSource:
    'Sum of item points, 0–100, higher is better (research.md §4) [V]; per-item maxima [U].',
};
