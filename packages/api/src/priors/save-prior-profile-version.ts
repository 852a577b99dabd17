import { z } from 'zod';

import { schema } from '@stride/db';
import { diffPriors, priorsEditSchema } from '@stride/diagnosis';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { loadOrgProfile } from './load-org-profile';

/** The editor's schema (values + reason) plus which profile and version the edit started from. */
export const savePriorProfileVersionInput = priorsEditSchema.extend({
  profileId: z.uuid('That is not a profile id.'),
  baseVersion: z.int().min(1),
});

/**
 * Saves an edit as the next version, never by updating one: stored diagnoses name a version and
 * must keep meaning the numbers they ran on. An edit made on a stale version is refused.
 */
export async function savePriorProfileVersion(
  ctx: AuthedContext,
  input: z.output<typeof savePriorProfileVersionInput>,
): Promise<{ version: number }> {
  const org = ctx.viewer.organizationId;
  return ctx.db.transaction(async (tx) => {
    const current = await loadOrgProfile(tx, org, input.profileId, true);
    if (current.version !== input.baseVersion)
      throw new DomainError(
        'CONFLICT',
        `Version ${current.version} was saved after you opened version ${input.baseVersion}. Reload to edit the latest values.`,
      );
    const changes = diffPriors(current.priors, input.priors);
    if (changes.length === 0)
      throw new DomainError('BAD_REQUEST', 'Nothing changed: edit a value or a citation first.');
    const version = current.version + 1;
    await tx.insert(schema.priorProfileVersions).values({
      organizationId: org,
      profileId: current.id,
      version,
      priors: input.priors,
      reason: input.reason,
      changedBy: ctx.viewer.userId,
      createdAt: ctx.now(),
    });
    await emitAudit(tx, ctx.viewer, {
      action: 'prior_profile.edit',
      entityType: 'prior_profile',
      entityId: current.id,
      detail: { version, reason: input.reason, changes },
    });
    return { version };
  });
}
