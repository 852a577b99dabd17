import type { Context } from '@stride/api';
import { createContext } from '@stride/api';

import { getDb } from './db';
import { getJobRunner } from './jobs';
import { getPriorsCache, getSlotCache, getViewerCache } from './org-caches';
import { getViewer } from './viewer';

/**
 * One request's context, for pages' direct calls and the HTTP API alike. Server-only through
 * what it imports (db, viewer, org-caches), which route.test.ts replaces.
 */
export async function requestContext(): Promise<Context> {
  return createContext({
    db: await getDb(),
    viewer: await getViewer(),
    jobs: (await getJobRunner()).queue,
    slotCache: await getSlotCache(),
    priorsCache: await getPriorsCache(),
    viewerCache: await getViewerCache(),
  });
}
