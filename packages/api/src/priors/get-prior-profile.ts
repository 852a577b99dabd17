import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { conditionIds, diffPriors, orgPriorsSchema, priorChangeSexes } from '@stride/diagnosis';

import type { AuthedContext } from '../context';
import { notFound } from '../errors';
import { builtInProfileIdSchema } from './load-org-profile';
import { storedPriors } from './stored-priors';

const { priorProfiles, priorProfileVersions, users } = schema;

export const priorProfileInput = z.object({ profileId: z.uuid('That is not a profile id.') });

const valueView = z.object({ value: z.number(), citation: z.string().optional() });

export const priorProfileOutput = z.object({
  id: z.string(),
  name: z.string(),
  basedOn: builtInProfileIdSchema,
  createdAt: z.date(),
  /**
   * Newest first; `changes` is against the version before (every value for version 1), each
   * naming its table: `female`/`male` in a sex-specific profile, `any` in a neutral one.
   */
  versions: z.array(
    z.object({
      version: z.number(),
      priors: orgPriorsSchema,
      reason: z.string(),
      changedBy: z.string(),
      createdAt: z.date(),
      changes: z.array(
        z.object({
          condition: z.enum(conditionIds),
          sex: z.enum(priorChangeSexes),
          before: valueView.nullable(),
          after: valueView,
        }),
      ),
    }),
  ),
});
export type PriorProfileView = z.infer<typeof priorProfileOutput>;

/** One of the organisation's profiles with its whole history: who changed what, and why. */
export async function getPriorProfile(
  ctx: AuthedContext,
  input: z.infer<typeof priorProfileInput>,
): Promise<PriorProfileView> {
  const org = ctx.viewer.organizationId;
  const [profile] = await ctx.db
    .select()
    .from(priorProfiles)
    .where(and(eq(priorProfiles.organizationId, org), eq(priorProfiles.id, input.profileId)));
  if (!profile) throw notFound('That prior profile');
  const rows = await ctx.db
    .select({
      version: priorProfileVersions.version,
      priors: priorProfileVersions.priors,
      reason: priorProfileVersions.reason,
      changedBy: users.name,
      createdAt: priorProfileVersions.createdAt,
    })
    .from(priorProfileVersions)
    .innerJoin(users, eq(users.id, priorProfileVersions.changedBy))
    .where(
      and(
        eq(priorProfileVersions.organizationId, org),
        eq(priorProfileVersions.profileId, profile.id),
      ),
    )
    .orderBy(asc(priorProfileVersions.version));
  const versions: PriorProfileView['versions'] = [];
  let previous: z.output<typeof orgPriorsSchema> | null = null;
  for (const row of rows) {
    const priors = storedPriors(org, profile.id, row.version, row.priors);
    versions.unshift({ ...row, priors, changes: diffPriors(previous, priors) });
    previous = priors;
  }
  return {
    id: profile.id,
    name: profile.name,
    basedOn: builtInProfileIdSchema.parse(profile.basedOn),
    createdAt: profile.createdAt,
    versions,
  };
}
