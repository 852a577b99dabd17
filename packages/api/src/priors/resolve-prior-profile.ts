import type { z } from 'zod';
import { eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import type { BuiltInProfileId, PriorProfile } from '@stride/diagnosis';
import { schema } from '@stride/db';
import { builtInProfiles, counterpartOf, isBuiltInProfileId, orgProfile } from '@stride/diagnosis';

import type { AuthedContext } from '../context';
import type { profileRefSchema } from './load-org-profile';
import { loadOrgProfile } from './load-org-profile';

export interface ResolvedProfile {
  profile: PriorProfile;
  /** The shipped profile the output compares against: the counterpart of its base. */
  compareWith: BuiltInProfileId;
}

/** The organisation's default profile id, as the encounter page and the confirm start from. */
export async function defaultProfileId(db: Database, organizationId: string): Promise<string> {
  const [org] = await db
    .select({ profile: schema.organizations.defaultPriorProfile })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, organizationId));
  return org?.profile ?? 'clinic-method';
}

/**
 * The profile a server-side diagnosis runs on: the one named, else the organisation's default;
 * an own profile at its latest version. Unknown or foreign ids are NOT_FOUND.
 */
export async function resolvePriorProfile(
  ctx: AuthedContext,
  db: Database,
  ref: z.infer<typeof profileRefSchema> | undefined,
): Promise<ResolvedProfile> {
  const id = ref ?? (await defaultProfileId(db, ctx.viewer.organizationId));
  if (isBuiltInProfileId(id)) {
    const profile = builtInProfiles[id];
    return { profile, compareWith: counterpartOf(profile).id as BuiltInProfileId };
  }
  const row = await loadOrgProfile(db, ctx.viewer.organizationId, id);
  const built = orgProfile({
    id: row.id,
    version: row.version,
    name: row.name,
    priors: row.priors,
  });
  if (!built.ok) throw new Error(`stored prior profile ${row.id} is invalid: ${built.errors[0]}`);
  const base = builtInProfiles[row.basedOn];
  return { profile: built.profile, compareWith: counterpartOf(base).id as BuiltInProfileId };
}
