import type { Viewer } from '@stride/auth';
import type { Database, Role } from '@stride/db';

import { createCaller, createContext } from '../src';

export function viewerFor(
  user: { id: string; name: string; email: string; role: Role },
  org: { id: string; name: string },
  locationIds: readonly string[] | 'all',
): Viewer {
  return {
    sessionId: '00000000-0000-4000-8000-000000000000',
    userId: user.id,
    name: user.name,
    email: user.email,
    organizationId: org.id,
    organizationName: org.name,
    role: user.role,
    locationIds,
  };
}

export const TEST_NOW = new Date('2026-11-26T17:00:00Z');

export function callerAs(db: Database, viewer: Viewer | null, now: Date = TEST_NOW) {
  return createCaller(createContext({ db, viewer, now: () => now }));
}
