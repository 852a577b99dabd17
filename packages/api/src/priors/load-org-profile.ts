import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Database } from '@stride/db';
import type { OrgPriors } from '@stride/diagnosis';
import { schema } from '@stride/db';
import { builtInProfiles } from '@stride/diagnosis';

import { notFound } from '../errors';
import { storedPriors } from './stored-priors';

const { priorProfiles, priorProfileVersions } = schema;

const builtInIds = Object.keys(builtInProfiles) as [keyof typeof builtInProfiles];
export const builtInProfileIdSchema = z.enum(builtInIds, 'Choose a built-in profile.');

/** A profile as callers name it: a built-in id or the uuid of one of the organisation's own. */
export const profileRefSchema = z.union(
  [builtInProfileIdSchema, z.uuid()],
  'That is not a prior profile id.',
);

export interface OrgProfileRow {
  id: string;
  name: string;
  basedOn: keyof typeof builtInProfiles;
  version: number;
  priors: OrgPriors;
}

/**
 * The latest version of one of the organisation's profiles; another organisation's id is
 * NOT_FOUND like a missing one. `forUpdate` locks the profile so two saves number in turn.
 */
export async function loadOrgProfile(
  db: Database,
  organizationId: string,
  profileId: string,
  forUpdate = false,
): Promise<OrgProfileRow> {
  const base = db
    .select({ id: priorProfiles.id, name: priorProfiles.name, basedOn: priorProfiles.basedOn })
    .from(priorProfiles)
    .where(and(eq(priorProfiles.organizationId, organizationId), eq(priorProfiles.id, profileId)));
  const [profile] = forUpdate ? await base.for('update') : await base;
  if (!profile) throw notFound('That prior profile');
  const [latest] = await db
    .select({ version: priorProfileVersions.version, priors: priorProfileVersions.priors })
    .from(priorProfileVersions)
    .where(
      and(
        eq(priorProfileVersions.organizationId, organizationId),
        eq(priorProfileVersions.profileId, profileId),
      ),
    )
    .orderBy(desc(priorProfileVersions.version))
    .limit(1);
  if (!latest) throw new Error(`prior profile ${profileId} has no version`);
  return {
    ...profile,
    basedOn: builtInProfileIdSchema.parse(profile.basedOn),
    version: latest.version,
    priors: storedPriors(organizationId, profileId, latest.version, latest.priors),
  };
}
