import type { Viewer } from '@stride/auth';
import type { Database } from '@stride/db';

import type { JobQueue } from './jobs/job-queue';
import type { PriorsCache } from './priors/priors-cache';
import type { WeekSlotsCache } from './scheduling/list-week-slots';
import type { ViewerCache } from './viewer-cache';

export interface Context {
  db: Database;
  /** Null when nobody is signed in; taken from the session row, never from input. */
  viewer: Viewer | null;
  now: () => Date;
  /** Background work, enqueued in the caller's transaction. */
  jobs: JobQueue;
  /** Computed weeks of slots shared by this process's requests; absent, every week is computed. */
  slotCache?: WeekSlotsCache | undefined;
  /** Each organisation's list of prior profiles, shared likewise; absent, it is read every time. */
  priorsCache?: PriorsCache | undefined;
  /** Who is calling, per session; here so that a write can forget its author's answer. */
  viewerCache?: ViewerCache | undefined;
}

/** What a procedure past its role check sees: the viewer is known. */
export interface AuthedContext extends Context {
  viewer: Viewer;
}

export function createContext(input: {
  db: Database;
  viewer: Viewer | null;
  jobs: JobQueue;
  now?: () => Date;
  slotCache?: WeekSlotsCache | undefined;
  priorsCache?: PriorsCache | undefined;
  viewerCache?: ViewerCache | undefined;
}): Context {
  return {
    db: input.db,
    viewer: input.viewer,
    jobs: input.jobs,
    slotCache: input.slotCache,
    priorsCache: input.priorsCache,
    viewerCache: input.viewerCache,
    now: input.now ?? (() => new Date()),
  };
}
