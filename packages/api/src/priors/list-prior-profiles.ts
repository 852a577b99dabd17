import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { builtInProfiles, conditionIds, orgPriorsSchema } from '@stride/diagnosis';

import type { AuthedContext } from '../context';
import { deepFreeze } from '../deep-freeze';
import { builtInProfileIdSchema } from './load-org-profile';
import { storedPriors } from './stored-priors';

const { organizations, priorProfiles, priorProfileVersions, users } = schema;

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

/** The built-ins ship with the code: described once, shared (so frozen) by every call. */
const builtInsView = deepFreeze(describeBuiltIns());

/**
 * The profiles a clinician can switch between and an admin manages: the built-ins, the
 * organisation's own at their latest version, and which one is the default. One statement: the
 * encounter page reads this on every open.
 */
export async function listPriorProfiles(ctx: AuthedContext): Promise<PriorProfilesView> {
  const org = ctx.viewer.organizationId;
  const latest = ctx.db
    .select({
      version: priorProfileVersions.version,
      priors: priorProfileVersions.priors,
      changedBy: users.name,
      changedAt: priorProfileVersions.createdAt,
    })
    .from(priorProfileVersions)
    .innerJoin(users, eq(users.id, priorProfileVersions.changedBy))
    .where(
      and(
        eq(priorProfileVersions.organizationId, priorProfiles.organizationId),
        eq(priorProfileVersions.profileId, priorProfiles.id),
      ),
    )
    .orderBy(desc(priorProfileVersions.version))
    .limit(1)
    .as('latest');
  const rows = await ctx.db
    .select({
      defaultProfileId: organizations.defaultPriorProfile,
      id: priorProfiles.id,
      name: priorProfiles.name,
      basedOn: priorProfiles.basedOn,
      version: latest.version,
      priors: latest.priors,
      changedBy: latest.changedBy,
      changedAt: latest.changedAt,
    })
    .from(organizations)
    .leftJoin(priorProfiles, eq(priorProfiles.organizationId, organizations.id))
    .leftJoinLateral(latest, sql`true`)
    .where(eq(organizations.id, org))
    .orderBy(priorProfiles.name, priorProfiles.id);
  const own: PriorProfilesView['own'] = [];
  for (const r of rows) {
    if (r.id === null || r.name === null || r.basedOn === null) continue;
    if (r.version === null || r.changedBy === null || r.changedAt === null) continue;
    own.push({
      id: r.id,
      name: r.name,
      basedOn: builtInProfileIdSchema.parse(r.basedOn),
      version: r.version,
      priors: storedPriors(org, r.id, r.version, r.priors),
      changedBy: r.changedBy,
      changedAt: r.changedAt,
    });
  }
  return {
    // The organisation's own row: the viewer's, so always there (the column is NOT NULL).
    defaultProfileId: rows[0]?.defaultProfileId ?? 'clinic-method',
    builtIns: builtInsView,
    own,
  };
}
