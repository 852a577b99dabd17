import type { Instrument } from '../instrument-schema';

const PAIN_ANCHORS = { min: 'No pain', max: 'Worst pain imaginable' };

/** Longer pain-free runs than this add nothing to the score: the goal is "runs without pain". */
export const PAIN_FREE_MINUTES_CAP = 60;
/** University of Delaware return-to-run rule: no more than 4 runs a week (research.md §5.3). */
export const RUNS_PER_WEEK_CAP = 4;

/**
 * Stride's own short running-function set, written in our words. Each item is worth 25 of 100
 * points, higher is better. It is not a validated instrument, so it has no MCID: read its
 * items (and the NPRS) for decisions, and the composite only as a trend.
 */
export const RUNNING_FUNCTION: Instrument = {
  id: 'running_function',
  version: '1',
  name: 'Running function (Stride short set)',
  licensed: false,
  items: [
    {
      id: 'longest_pain_free_run',
      shortLabel: 'longest pain-free run',
      prompt:
        'In the past 7 days, how many minutes could you run before any knee pain began? ' +
        '(0 if every run hurt from the start, or you did not run.)',
      scale: { min: 0, max: 300, unit: 'minutes' },
    },
    {
      id: 'last_run_pain',
      shortLabel: 'pain during your last run',
      prompt: 'How much knee pain did you have during your most recent run?',
      scale: { min: 0, max: 10, unit: 'points', anchors: PAIN_ANCHORS },
    },
    {
      id: 'next_morning_pain',
      shortLabel: 'pain the morning after',
      prompt: 'On the morning after that run, how much knee pain did you have?',
      scale: { min: 0, max: 10, unit: 'points', anchors: PAIN_ANCHORS },
    },
    {
      id: 'runs_this_week',
      shortLabel: 'runs this week',
      prompt: 'How many runs did you do in the past 7 days?',
      scale: { min: 0, max: 14, unit: 'runs' },
    },
  ],
  scoring: {
    kind: 'weighted',
    parts: [
      { itemId: 'longest_pain_free_run', weight: 25, cap: PAIN_FREE_MINUTES_CAP, invert: false },
      { itemId: 'last_run_pain', weight: 25, invert: true },
      { itemId: 'next_morning_pain', weight: 25, invert: true },
      { itemId: 'runs_this_week', weight: 25, cap: RUNS_PER_WEEK_CAP, invert: false },
    ],
  },
  direction: 'higher_is_better',
  range: { min: 0, max: 100 },
  mcid: null,
  scoringSource:
    'Stride composite (not validated): minutes to 60 and runs to 4 scaled up, pain items ' +
    'inverted, each 25 points.',
};
