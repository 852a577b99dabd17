import type { Instrument, ResponseScale } from '../instrument-schema';

const painScale: ResponseScale = {
  min: 0,
  max: 10,
  unit: 'points',
  anchors: { min: 'No pain', max: 'Worst pain imaginable' },
};

/** Generic numeric pain rating: not proprietary, so the wording is ours (research.md §4). */
export const NPRS: Instrument = {
  id: 'nprs',
  version: '1',
  name: 'Numeric pain rating (0–10)',
  licensed: false,
  items: [
    {
      id: 'usual',
      shortLabel: 'usual pain',
      prompt: 'Over the past week, how much knee pain have you had on a usual day?',
      scale: painScale,
    },
    {
      id: 'worst',
      shortLabel: 'worst pain',
      prompt: 'Over the past week, what was your worst knee pain?',
      scale: painScale,
    },
    {
      id: 'during_running',
      shortLabel: 'pain while running',
      prompt: 'Over the past week, how much knee pain did you have while running?',
      scale: painScale,
    },
  ],
  scoring: { kind: 'per_item', primaryItemId: 'usual' },
  direction: 'higher_is_worse',
  range: { min: 0, max: 10 },
  mcid: {
    // The conservative general figure, so a "real change" claim holds beyond PFP samples too.
    value: 2,
    range: [1.16, 2],
    source:
      'Piva et al., J Rehabil Med 2009;41:129 (PFP-specific 1.16 points); Michener et al., ' +
      'J Sport Rehabil 2011;20:115 (about 2 points in MSK pain); research.md §4',
    verified: true,
    note: 'research.md §4 calls ≥2 points (or ≥30 %) the conservative rule; we use 2 points.',
  },
  scoringSource: 'Each item is its own 0–10 score; usual pain is the headline (research.md §4).',
};
