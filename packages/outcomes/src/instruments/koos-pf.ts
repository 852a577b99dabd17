import type { Instrument } from '../instrument-schema';
import { LICENSED_WORDING_NOTE } from './licensed';

const ITEM_COUNT = 11;

/** KOOS-PF: 11 items, each 0 (none) to 4 (extreme), transformed to 0–100 where 100 is best. */
export const KOOS_PF: Instrument = {
  id: 'koos_pf',
  version: '1',
  name: 'KOOS-PF (patellofemoral pain and osteoarthritis subscale)',
  licensed: true,
  licenceNote:
    `${LICENSED_WORDING_NOTE} Confirm commercial terms with the KOOS owners (koos.nu) ` +
    'before use (research.md §4).',
  items: Array.from({ length: ITEM_COUNT }, (_, index) => ({
    id: `pf${index + 1}`,
    scale: { min: 0, max: 4, unit: 'points' as const },
  })),
  scoring: { kind: 'koos_transform', itemMax: 4, maxMissing: 2 },
  direction: 'higher_is_better',
  range: { min: 0, max: 100 },
  mcid: {
    value: 16.4,
    source: 'Crossley et al., BJSM 2018;52:1130 (MIC 16.4) [V]',
    verified: true,
    note: 'MDC 16 for individuals; Spanish version MIC 17.2 (research.md §4).',
  },
  scoringSource:
    'KOOS convention 100 − mean × 25 (Roos & Lohmander, HQLO 2003;1:64) [V]. The rule that ' +
    'up to 2 missing items take the mean of the rest is the KOOS user guide convention, ' +
    'not verified in research.md [U].',
};
