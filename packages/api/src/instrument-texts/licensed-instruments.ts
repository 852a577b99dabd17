import { z } from 'zod';

import type { Instrument } from '@stride/outcomes';
import { INSTRUMENTS } from '@stride/outcomes';

/** The instruments whose wording the clinic must paste in under its own licence. */
export const LICENSED_INSTRUMENT_IDS = ['koos_pf', 'kujala', 'lefs'] as const;
export const licensedInstrumentIdSchema = z.enum(
  LICENSED_INSTRUMENT_IDS,
  'Choose a licensed instrument.',
);
export type LicensedInstrumentId = z.infer<typeof licensedInstrumentIdSchema>;

export function licensedInstrument(id: LicensedInstrumentId): Instrument {
  return INSTRUMENTS[id];
}

/** One item's wording: a question may carry its answer choices, so allow a few lines. */
export const ITEM_TEXT_MAX = 2000;

/**
 * Texts are complete when they were entered for the instrument version Stride now scores and
 * every item has wording: a later version may add or reorder items the old texts do not cover.
 */
export function textsComplete(
  instrument: Instrument,
  saved: { instrumentVersion: string; items: Record<string, string> } | undefined,
): boolean {
  if (!saved || saved.instrumentVersion !== instrument.version) return false;
  return instrument.items.every((item) => (saved.items[item.id] ?? '').trim() !== '');
}

/** The shipped instrument with the clinic's wording as each item's prompt. */
export function withClinicWording(
  instrument: Instrument,
  items: Record<string, string>,
): Instrument {
  return {
    ...instrument,
    items: instrument.items.map((item) => ({ ...item, prompt: items[item.id] ?? item.prompt })),
  };
}
