import { eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import {
  LICENSED_INSTRUMENT_IDS,
  licensedInstrument,
  licensedInstrumentIdSchema,
  textsComplete,
} from './licensed-instruments';

const { instrumentItemTexts, users } = schema;

export const instrumentTextsOutput = z.array(
  z.object({
    id: licensedInstrumentIdSchema,
    name: z.string(),
    version: z.string(),
    licenceNote: z.string(),
    items: z.array(z.object({ id: z.string(), min: z.number(), max: z.number() })),
    texts: z.record(z.string(), z.string()),
    /** The version the saved texts were entered for; differs from `version` after an upgrade. */
    savedVersion: z.string().nullable(),
    complete: z.boolean(),
    updatedAt: z.date().nullable(),
    updatedByName: z.string().nullable(),
  }),
);
export type InstrumentTexts = z.infer<typeof instrumentTextsOutput>;

/** Each licensed instrument with what this organisation has pasted in so far. */
export async function listInstrumentTexts(ctx: AuthedContext): Promise<InstrumentTexts> {
  const rows = await ctx.db
    .select({
      instrumentId: instrumentItemTexts.instrumentId,
      instrumentVersion: instrumentItemTexts.instrumentVersion,
      items: instrumentItemTexts.items,
      updatedAt: instrumentItemTexts.updatedAt,
      updatedByName: users.name,
    })
    .from(instrumentItemTexts)
    .innerJoin(users, eq(users.id, instrumentItemTexts.updatedBy))
    .where(eq(instrumentItemTexts.organizationId, ctx.viewer.organizationId));
  return LICENSED_INSTRUMENT_IDS.map((id) => {
    const instrument = licensedInstrument(id);
    const saved = rows.find((r) => r.instrumentId === id);
    return {
      id,
      name: instrument.name,
      version: instrument.version,
      licenceNote: instrument.licenceNote ?? '',
      items: instrument.items.map((item) => ({
        id: item.id,
        min: item.scale.min,
        max: item.scale.max,
      })),
      texts: saved?.items ?? {},
      savedVersion: saved?.instrumentVersion ?? null,
      complete: textsComplete(instrument, saved),
      updatedAt: saved?.updatedAt ?? null,
      updatedByName: saved?.updatedByName ?? null,
    };
  });
}
