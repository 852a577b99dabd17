import { z } from 'zod';

import type { Instrument } from './instrument-schema';

export const changeStatusSchema = z.enum(['improved', 'worsened', 'within_mcid', 'no_mcid']);
export type ChangeStatus = z.output<typeof changeStatusSchema>;

export const changeClassificationSchema = z.object({
  status: changeStatusSchema,
  /** current − baseline, as measured. */
  change: z.number(),
  /** The change turned so that positive always means better, whatever the direction. */
  improvement: z.number(),
  /** The MCID used, or null when the instrument has none. */
  mcid: z.number().nullable(),
  /** False when the MCID is marked unverified in research.md. */
  mcidVerified: z.boolean(),
});
export type ChangeClassification = z.output<typeof changeClassificationSchema>;

/** Scores carry one decimal; rounding here stops 16.4 − 0 reading as 16.399999 and missing. */
function roundChange(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Compares two scores on one instrument against its MCID. A change of at least the MCID in
 * the better direction is `improved`, in the worse direction `worsened`; anything smaller is
 * `within_mcid`. Instruments without a published MCID return `no_mcid`.
 */
export function classifyChange(
  instrument: Instrument,
  baseline: number,
  current: number,
): ChangeClassification {
  const change = roundChange(current - baseline);
  const improvement = instrument.direction === 'higher_is_better' ? change : -change;
  const mcid = instrument.mcid;
  if (mcid === null) {
    return { status: 'no_mcid', change, improvement, mcid: null, mcidVerified: false };
  }
  const status =
    improvement >= mcid.value
      ? 'improved'
      : improvement <= -mcid.value
        ? 'worsened'
        : 'within_mcid';
  return { status, change, improvement, mcid: mcid.value, mcidVerified: mcid.verified };
}
