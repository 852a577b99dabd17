import { eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import type { Instrument } from '@stride/outcomes';
import { schema } from '@stride/db';
import { NPRS, RUNNING_FUNCTION } from '@stride/outcomes';

import {
  LICENSED_INSTRUMENT_IDS,
  licensedInstrument,
  textsComplete,
  withClinicWording,
} from './licensed-instruments';

const { instrumentItemTexts } = schema;

/**
 * What this organisation's patients may answer: our own instruments always, a licensed one only
 * once the clinic has pasted every item's wording for the version Stride scores.
 */
export async function loadOfferedInstruments(
  db: Database,
  organizationId: string,
): Promise<Instrument[]> {
  const rows = await db
    .select({
      instrumentId: instrumentItemTexts.instrumentId,
      instrumentVersion: instrumentItemTexts.instrumentVersion,
      items: instrumentItemTexts.items,
    })
    .from(instrumentItemTexts)
    .where(eq(instrumentItemTexts.organizationId, organizationId));
  const licensed = LICENSED_INSTRUMENT_IDS.flatMap((id) => {
    const instrument = licensedInstrument(id);
    const saved = rows.find((r) => r.instrumentId === id);
    return saved && textsComplete(instrument, saved)
      ? [withClinicWording(instrument, saved.items)]
      : [];
  });
  return [NPRS, RUNNING_FUNCTION, ...licensed];
}
