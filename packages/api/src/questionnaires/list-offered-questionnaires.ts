import { z } from 'zod';

import { instrumentItemSchema } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import { loadOfferedInstruments } from '../instrument-texts/load-offered-instruments';

export const offeredQuestionnairesOutput = z.array(
  z.object({ id: z.string(), name: z.string(), items: z.array(instrumentItemSchema) }),
);
export type OfferedQuestionnaires = z.infer<typeof offeredQuestionnairesOutput>;

/** The questionnaires this patient's clinic offers, licensed ones in the clinic's own wording. */
export async function listOfferedQuestionnaires(
  ctx: AuthedContext,
): Promise<OfferedQuestionnaires> {
  const offered = await loadOfferedInstruments(ctx.db, ctx.viewer.organizationId);
  return offered.map((instrument) => ({
    id: instrument.id,
    name: instrument.name,
    items: instrument.items,
  }));
}
