import type { Viewer } from '@stride/auth';
import type { Database } from '@stride/db';

export interface Context {
  db: Database;
  /** Null when nobody is signed in; taken from the session row, never from input. */
  viewer: Viewer | null;
  now: () => Date;
}

/** What a procedure past its role check sees: the viewer is known. */
export interface AuthedContext extends Context {
  viewer: Viewer;
}

export function createContext(input: {
  db: Database;
  viewer: Viewer | null;
  now?: () => Date;
}): Context {
  return { db: input.db, viewer: input.viewer, now: input.now ?? (() => new Date()) };
}
