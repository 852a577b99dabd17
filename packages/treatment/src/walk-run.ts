import type { WalkRunLevel } from './plan-schema';

/**
 * Walk–run return levels in the clinic's own words, after the graded military protocol and the
 * Delaware rules (research.md §5.3): flat ground, a rest day between runs, each level at least
 * twice, at most two levels a week, no progress with more pain, swelling or stiffness.
 */
export const walkRunLevels: readonly WalkRunLevel[] = [
  { level: 1, walkMin: 2, runMin: 3, totalKm: 1.5, effort: 'very easy (3 out of 10)' },
  { level: 2, walkMin: 1, runMin: 4, totalKm: 2, effort: 'very easy (3 out of 10)' },
  { level: 3, walkMin: 1, runMin: 6, totalKm: 2.5, effort: 'easy (4 out of 10)' },
  { level: 4, walkMin: 1, runMin: 9, totalKm: 3, effort: 'easy (4 out of 10)' },
  { level: 5, walkMin: 1, runMin: 14, totalKm: 3, effort: 'comfortable (5 out of 10)' },
  { level: 6, walkMin: 0, runMin: 20, totalKm: 3.5, effort: 'comfortable (5 out of 10)' },
];

export const WALK_RUN_RULES =
  'Run on flat ground with a rest day between sessions. Do each level at least twice and move up at most two levels a week. Stay on a level if pain goes above 5 out of 10, or the knee swells or stiffens the next morning.';
