import { z } from 'zod';

import { schema } from '@stride/db';
import { builtInProfiles, startingPriors } from '@stride/diagnosis';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { sqlState, UNIQUE_VIOLATION } from '../scheduling/pg-errors';
import { builtInProfileIdSchema } from './load-org-profile';

const { priorProfiles, priorProfileVersions } = schema;

/** The create form parses with this too. */
export const createPriorProfileInput = z.strictObject({
  name: z
    .string('Name the profile.')
    .trim()
    .min(2, 'Name the profile (at least 2 characters).')
    .max(80, 'Keep the name under 80 characters.'),
  basedOn: builtInProfileIdSchema,
});

/** A new profile whose version 1 is a copy of the built-in it starts from. */
export async function createPriorProfile(
  ctx: AuthedContext,
  input: z.infer<typeof createPriorProfileInput>,
): Promise<{ id: string }> {
  const org = ctx.viewer.organizationId;
  const priors = startingPriors(input.basedOn);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(priorProfiles)
        .values({
          organizationId: org,
          name: input.name,
          basedOn: input.basedOn,
          createdBy: ctx.viewer.userId,
          createdAt: ctx.now(),
        })
        .returning({ id: priorProfiles.id });
      if (!row) throw new Error('prior profile insert returned no row');
      await tx.insert(priorProfileVersions).values({
        organizationId: org,
        profileId: row.id,
        version: 1,
        priors,
        reason: `Started from the ${builtInProfiles[input.basedOn].label} profile.`,
        changedBy: ctx.viewer.userId,
        createdAt: ctx.now(),
      });
      await emitAudit(tx, ctx.viewer, {
        action: 'prior_profile.create',
        entityType: 'prior_profile',
        entityId: row.id,
        detail: { name: input.name, basedOn: input.basedOn, version: 1 },
      });
      return { id: row.id };
    });
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION)
      throw new DomainError('CONFLICT', `A profile named “${input.name}” already exists.`);
    throw error;
  }
}
