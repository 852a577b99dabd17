import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import type { encounterIdInput } from './get-encounter';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { assertOpen, findEncounter } from './find-encounter';

const { encounterAddenda, encounters } = schema;

/** Freezes the encounter. From here on it only takes addenda. */
export async function signEncounter(
  ctx: AuthedContext,
  input: z.infer<typeof encounterIdInput>,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const e = await findEncounter(ctx, tx, input.encounterId, true);
    assertOpen(e);
    await tx
      .update(encounters)
      .set({ status: 'signed', signedAt: ctx.now(), signedBy: ctx.viewer.userId })
      .where(and(eq(encounters.organizationId, e.organizationId), eq(encounters.id, e.id)));
    await emitAudit(tx, ctx.viewer, {
      action: 'encounter.sign',
      entityType: 'encounter',
      entityId: e.id,
      patientId: e.patientId,
      locationId: e.locationId,
    });
  });
}

export const addAddendumInput = z
  .object({
    encounterId: z.uuid('That is not an encounter id.'),
    text: z
      .string()
      .trim()
      .min(1, 'Write the correction or note.')
      .max(5000, 'Keep an addendum under 5,000 characters.'),
  })
  .strict();

export async function addAddendum(
  ctx: AuthedContext,
  input: z.infer<typeof addAddendumInput>,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    const e = await findEncounter(ctx, tx, input.encounterId, true);
    if (e.status !== 'signed')
      throw new DomainError(
        'BAD_REQUEST',
        'The encounter is still open: edit it directly, addenda are for signed records.',
      );
    const [row] = await tx
      .insert(encounterAddenda)
      .values({
        organizationId: e.organizationId,
        encounterId: e.id,
        authorId: ctx.viewer.userId,
        text: input.text,
        createdAt: ctx.now(),
      })
      .returning({ id: encounterAddenda.id });
    if (!row) throw new Error('addendum insert returned no row');
    await emitAudit(tx, ctx.viewer, {
      action: 'encounter.addendum',
      entityType: 'encounter',
      entityId: e.id,
      patientId: e.patientId,
      locationId: e.locationId,
    });
    return row;
  });
}
