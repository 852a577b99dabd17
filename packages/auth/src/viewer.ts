import { z } from 'zod';

import type { Database, Role } from '@stride/db';
import { roles } from '@stride/db';

import { lookupSession } from './sessions';

const roleSchema = z.enum(roles);

/**
 * Who is calling, as the database says now: role and location scope are re-read on every
 * request so a deactivated or re-scoped member loses access at once.
 */
export interface Viewer {
  sessionId: string;
  userId: string;
  name: string;
  email: string;
  organizationId: string;
  organizationName: string;
  role: Role;
  /** 'all' for organisation-wide members; otherwise the locations this member works at. */
  locationIds: readonly string[] | 'all';
}

export async function loadViewer(
  db: Database,
  sessionId: string,
  now: Date,
): Promise<Viewer | null> {
  const row = await lookupSession(db, sessionId, now);
  if (row?.status !== 'active' || !row.user_id || !row.organization_id) return null;
  const role = roleSchema.safeParse(row.role);
  if (!role.success) return null; // no live membership in the session's organisation
  return {
    sessionId,
    userId: row.user_id,
    organizationId: row.organization_id,
    name: row.name ?? '',
    email: row.email ?? '',
    organizationName: row.organization_name ?? '',
    role: role.data,
    locationIds: row.all_locations ? 'all' : (row.location_ids ?? []),
  };
}
