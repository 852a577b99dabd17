import 'server-only';

import { forbidden, redirect } from 'next/navigation';

import type { Viewer } from '@stride/auth';
import type { Role } from '@stride/db';

import { getViewer } from './viewer';

/** Page guard: signed-out users go to sign-in; signed-in users of another role get a 403 page. */
export async function requireRole(roles: readonly Role[], from: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(from)}`);
  if (!roles.includes(viewer.role)) forbidden();
  return viewer;
}
