import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { builtInProfiles, conditionIds, orgPriorsSchema } from '@stride/diagnosis';

import type { AuthedContext } from '../context';
import { builtInProfileIdSchema } from './load-org-profile';
import { defaultProfileId } from './resolve-prior-profile';

const { priorProfiles, priorProfileVersions, users } = schema;

const builtInValue = z.object({
  condition: z.enum(conditionIds),
  probability: z.number(),
  source: z.enum(['expert-set', 'clinic-edit']),
  citation: z.string(),
});

export const priorProfilesOutput = z.object({
  defaultProfileId: z.string(),
  builtIns: z.array(
    z.object({
      id: builtInProfileIdSchema,
      label: z.string(),
      description: z.string(),
      sexSpecific: z.boolean(),
      columns: z.array(
        z.object({ sex: z.enum(['female', 'male', 'other']), values: z.array(builtInValue) }),
      ),
    }),
  ),
  own: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      basedOn: builtInProfileIdSchema,
      version: z.number(),
      priors: orgPriorsSchema,
      changedBy: z.string(),
      changedAt: z.date(),
    }),
  ),
});
export type PriorProfilesView = z.infer<typeof priorProfilesOutput>;

/** Every column of a built-in, in vocabulary order, with where each value came from. */
function describeBuiltIns(): PriorProfilesView['builtIns'] {
  return Object.values(builtInProfiles).map((p) => ({
    id: builtInProfileIdSchema.parse(p.id),
    label: p.label,
    description: p.description ?? '',
    sexSpecific: p.sexSpecific,
    columns: (p.sexSpecific ? (['female', 'male', 'other'] as const) : (['other'] as const)).map(
      (sex) => ({
        sex,
        values: conditionIds.map((condition) => {
          const v = p.bySex[sex][condition];
          return { condition, probability: v.probability, ...v.provenance };
        }),
      }),
    ),
  }));
}

/**
 * The profiles a clinician can switch between and an admin manages: the built-ins, the
 * organisation's own at their latest version, and which one is the default.
 */
export async function listPriorProfiles(ctx: AuthedContext): Promise<PriorProfilesView> {
  const org = ctx.viewer.organizationId;
  const latest = ctx.db
    .select({
      profileId: priorProfileVersions.profileId,
      version: sql<number>`max(${priorProfileVersions.version})`.as('latest_version'),
    })
    .from(priorProfileVersions)
    .where(eq(priorProfileVersions.organizationId, org))
    .groupBy(priorProfileVersions.profileId)
    .as('latest');
  const [rows, defaultId] = await Promise.all([
    ctx.db
      .select({
        id: priorProfiles.id,
        name: priorProfiles.name,
        basedOn: priorProfiles.basedOn,
        version: priorProfileVersions.version,
        priors: priorProfileVersions.priors,
        changedBy: users.name,
        changedAt: priorProfileVersions.createdAt,
      })
      .from(priorProfiles)
      .innerJoin(latest, eq(latest.profileId, priorProfiles.id))
      .innerJoin(
        priorProfileVersions,
        and(
          eq(priorProfileVersions.organizationId, priorProfiles.organizationId),
          eq(priorProfileVersions.profileId, priorProfiles.id),
          eq(priorProfileVersions.version, latest.version),
        ),
      )
      .innerJoin(users, eq(users.id, priorProfileVersions.changedBy))
      .where(eq(priorProfiles.organizationId, org))
      .orderBy(priorProfiles.name, desc(priorProfileVersions.version)),
    defaultProfileId(ctx.db, org),
  ]);
  return {
    defaultProfileId: defaultId,
    builtIns: describeBuiltIns(),
    own: rows.map((r) => ({
      ...r,
      basedOn: builtInProfileIdSchema.parse(r.basedOn),
      priors: orgPriorsSchema.parse(r.priors),
    })),
  };
}
