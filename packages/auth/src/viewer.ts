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

/**
 * The viewer behind a session, and until when (epoch ms) the database's answer holds unless a
 * change is announced on the stride_viewers channel (see packages/api/src/viewer-cache.ts):
 * null when the session is over or its membership gone.
 */
export async function lookupViewer(
  db: Database,
  sessionId: string,
  now: Date,
): Promise<{ viewer: Viewer; recheckAt: number | null } | null> {
  const row = await lookupSession(db, sessionId, now);
  if (row?.status !== 'active' || !row.user_id || !row.organization_id) return null;
  const role = roleSchema.safeParse(row.role);
  if (!role.success) return null; // no live membership in the session's organisation
  const recheckAt = row.recheck_at === null ? null : new Date(row.recheck_at).getTime();
  return {
    viewer: {
      sessionId,
      userId: row.user_id,
      organizationId: row.organization_id,
      name: row.name ?? '',
      email: row.email ?? '',
      organizationName: row.organization_name ?? '',
      role: role.data,
      locationIds: row.all_locations ? 'all' : (row.location_ids ?? []),
    },
    recheckAt: Number.isFinite(recheckAt) ? recheckAt : null,
  };
}

export async function loadViewer(
  db: Database,
  sessionId: string,
  now: Date,
): Promise<Viewer | null> {
  return (await lookupViewer(db, sessionId, now))?.viewer ?? null;
}
