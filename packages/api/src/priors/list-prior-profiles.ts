import { sql } from 'drizzle-orm';
import { z } from 'zod';

import type { OrgPriors } from '@stride/diagnosis';
import { rawRows, schema } from '@stride/db';
import { builtInProfiles, conditionIds } from '@stride/diagnosis';

import type { AuthedContext } from '../context';
import { deepFreeze } from '../deep-freeze';
import { renderedOnce } from '../rendered-once';
import { builtInProfileIdSchema } from './load-org-profile';
import { isStoredPriors, storedPriors } from './stored-priors';

const { organizations, priorProfiles, priorProfileVersions, users } = schema;

const builtInValue = z.object({
  condition: z.enum(conditionIds),
  probability: z.number(),
  source: z.enum(['expert-set', 'clinic-edit']),
  citation: z.string(),
});

const builtInsSchema = z.array(
  z.object({
    id: builtInProfileIdSchema,
    label: z.string(),
    description: z.string(),
    sexSpecific: z.boolean(),
    columns: z.array(
      z.object({ sex: z.enum(['female', 'male', 'other']), values: z.array(builtInValue) }),
    ),
  }),
);
type BuiltInsView = z.output<typeof builtInsSchema>;

/** Every column of a built-in, in vocabulary order, with where each value came from. */
function describeBuiltIns() {
  return Object.values(builtInProfiles).map((p) => ({
    id: p.id,
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
 * The built-ins ship with the code: described and checked against their schema once, when this
 * module loads, and shared (so frozen) by every call.
 */
const builtInsView: BuiltInsView = deepFreeze(builtInsSchema.parse(describeBuiltIns()));

export const priorProfilesOutput = z.object({
  defaultProfileId: z.string(),
  /**
   * The value checked above, by identity: a call answers with exactly that (so exactly what its
   * schema makes of it) instead of re-checking, on every call, values no call can change.
   */
  builtIns: z.custom<BuiltInsView>((value) => value === builtInsView, 'Not the shipped built-ins.'),
  own: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      basedOn: builtInProfileIdSchema,
      version: z.number(),
      /** Parsed by `storedPriors`, which answers with the same frozen value for a version. */
      priors: z.custom<OrgPriors>(isStoredPriors, "Not a stored version's parsed priors."),
      changedBy: z.string(),
      changedAt: z.date(),
    }),
  ),
});
export type PriorProfilesView = z.infer<typeof priorProfilesOutput>;

/** The statement's one column: PostgreSQL's JSON of the organisation's default and own profiles. */
interface ProfilesJson {
  defaultProfileId: string;
  own: {
    id: string;
    name: string;
    basedOn: string;
    version: number;
    priors: unknown;
    changedBy: string;
    changedAt: string;
  }[];
}

/**
 * The statement up to its WHERE, rendered once: the organisation's default, and each of its own
 * profiles at its latest version (one without a version yet is left out), by name.
 */
const selectProfiles = renderedOnce(
  sql`select json_build_object(
      'defaultProfileId', ${organizations.defaultPriorProfile},
      'own', (
        select coalesce(
          json_agg(
            json_build_object(
              'id', ${priorProfiles.id},
              'name', ${priorProfiles.name},
              'basedOn', ${priorProfiles.basedOn},
              'version', latest.version,
              'priors', latest.priors,
              'changedBy', latest.changed_by,
              'changedAt', latest.created_at)
            order by ${priorProfiles.name}, ${priorProfiles.id}),
          '[]'::json)
        from ${priorProfiles}
        join lateral (
          select ${priorProfileVersions.version} as version,
                 ${priorProfileVersions.priors} as priors,
                 ${users.name} as changed_by,
                 ${priorProfileVersions.createdAt} as created_at
          from ${priorProfileVersions}
          join ${users} on ${users.id} = ${priorProfileVersions.changedBy}
          where ${priorProfileVersions.organizationId} = ${priorProfiles.organizationId}
            and ${priorProfileVersions.profileId} = ${priorProfiles.id}
          order by ${priorProfileVersions.version} desc
          limit 1
        ) latest on true
        where ${priorProfiles.organizationId} = ${organizations.id})
    ) as r
    from ${organizations}`,
);

/**
 * The profiles a clinician can switch between and an admin manages: the built-ins, the
 * organisation's own at their latest version, and which one is the default. The encounter page
 * reads this on every open, so it is one statement, and served from the process's priors cache
 * (priors-cache.ts) while nothing it was read from has changed: then no statement at all.
 */
export async function listPriorProfiles(ctx: AuthedContext): Promise<PriorProfilesView> {
  const org = ctx.viewer.organizationId;
  const now = ctx.now().getTime();
  const cached = ctx.priorsCache?.get(org, LIST_KEY, now);
  if (cached) return cached;
  // Before the read: a change committed after it will not be kept.
  const ticket = ctx.priorsCache?.ticket(org);
  const view = await readPriorProfiles(ctx, org);
  if (ticket) ctx.priorsCache?.put(ticket, LIST_KEY, view, Number.POSITIVE_INFINITY, now);
  return view;
}

/** The one value kept per organisation. */
const LIST_KEY = 'list';

async function readPriorProfiles(ctx: AuthedContext, org: string): Promise<PriorProfilesView> {
  const [row] = await rawRows<{ r: ProfilesJson }>(
    ctx.db,
    sql`${selectProfiles} where ${organizations.id} = ${org}`,
  );
  const own: PriorProfilesView['own'] = (row?.r.own ?? []).map((p) => ({
    id: p.id,
    name: p.name,
    basedOn: builtInProfileIdSchema.parse(p.basedOn),
    version: p.version,
    priors: storedPriors(org, p.id, p.version, p.priors),
    changedBy: p.changedBy,
    changedAt: new Date(p.changedAt),
  }));
  // Frozen: a cached list is shared by every later call.
  return deepFreeze({
    // The organisation's own row: the viewer's, so always there (the column is NOT NULL).
    defaultProfileId: row?.r.defaultProfileId ?? 'clinic-method',
    builtIns: builtInsView,
    own,
  });
}
