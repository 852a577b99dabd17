import { eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { isBuiltInProfileId } from '@stride/diagnosis';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { loadOrgProfile, profileRefSchema } from './load-org-profile';
import { defaultProfileId } from './resolve-prior-profile';

export const setDefaultPriorProfileInput = z.strictObject({ profileId: profileRefSchema });

/** Which profile new diagnoses in the organisation run on; an own profile must exist here. */
export async function setDefaultPriorProfile(
  ctx: AuthedContext,
  input: z.infer<typeof setDefaultPriorProfileInput>,
): Promise<void> {
  const org = ctx.viewer.organizationId;
  await ctx.db.transaction(async (tx) => {
    if (!isBuiltInProfileId(input.profileId)) await loadOrgProfile(tx, org, input.profileId);
    const previous = await defaultProfileId(tx, org);
    await tx
      .update(schema.organizations)
      .set({ defaultPriorProfile: input.profileId })
      .where(eq(schema.organizations.id, org));
    await emitAudit(tx, ctx.viewer, {
      action: 'prior_profile.set_default',
      entityType: 'organization',
      entityId: org,
      detail: { previous, profileId: input.profileId },
    });
  });
}
