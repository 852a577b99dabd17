import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import {
  ITEM_TEXT_MAX,
  licensedInstrument,
  licensedInstrumentIdSchema,
} from './licensed-instruments';

const { instrumentItemTexts } = schema;

/**
 * One instrument's wording, item id → text. Every item needs text and no other keys are taken:
 * a partly pasted form would show patients questions with gaps and score them all the same.
 */
export const saveInstrumentTextsInput = z
  .object({
    instrumentId: licensedInstrumentIdSchema,
    items: z.record(
      z.string(),
      z.string().trim().max(ITEM_TEXT_MAX, `Keep each item under ${ITEM_TEXT_MAX} characters.`),
    ),
  })
  .strict()
  .superRefine((value, ctx) => {
    const instrument = licensedInstrument(value.instrumentId);
    const known = new Set(instrument.items.map((item) => item.id));
    for (const key of Object.keys(value.items)) {
      if (!known.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', key],
          message: `${instrument.name} has no item ${key}.`,
        });
      }
    }
    instrument.items.forEach((item, index) => {
      if ((value.items[item.id] ?? '') === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['items', item.id],
          message: `Paste the wording of item ${index + 1}.`,
        });
      }
    });
  });
export type SaveInstrumentTextsInput = z.infer<typeof saveInstrumentTextsInput>;

export const savedTextsOutput = z.object({ instrumentVersion: z.string(), updatedAt: z.date() });

/** Stored against the instrument version it was entered for; the previous text is replaced. */
export async function saveInstrumentTexts(
  ctx: AuthedContext,
  input: SaveInstrumentTextsInput,
): Promise<z.infer<typeof savedTextsOutput>> {
  const instrument = licensedInstrument(input.instrumentId);
  const now = ctx.now();
  const values = {
    instrumentVersion: instrument.version,
    items: input.items,
    updatedBy: ctx.viewer.userId,
    updatedAt: now,
  };
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(instrumentItemTexts)
      .values({ organizationId: ctx.viewer.organizationId, instrumentId: instrument.id, ...values })
      .onConflictDoUpdate({
        target: [instrumentItemTexts.organizationId, instrumentItemTexts.instrumentId],
        set: values,
      });
    await emitAudit(tx, ctx.viewer, {
      action: 'instrument_texts.save',
      entityType: 'instrument_item_texts',
      entityId: instrument.id,
      detail: { instrumentVersion: instrument.version, items: instrument.items.length },
    });
  });
  return { instrumentVersion: instrument.version, updatedAt: now };
}
