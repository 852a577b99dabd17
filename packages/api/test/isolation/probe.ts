import type { Database, Role } from '@stride/db';

import type { Site, Target } from './world';

/** What a call ends in: success, or the tRPC code of its refusal. */
export type Outcome =
  'ok' | 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_REQUEST' | 'CONFLICT' | 'UNAUTHORIZED';

/** Who makes a call: a role, or nobody signed in. */
export type Caller = Role | 'signedOut';

export interface ProbeContext {
  db: Database;
  /** Who will make the call (null: signed out); a few inputs name the caller's own rows. */
  role: Role | null;
}

/**
 * How the isolation matrix calls one procedure. Every procedure in the router needs one, so a
 * procedure added later fails `isolation.test.ts` until someone says how to point it at a site.
 */
export interface Probe {
  /**
   * Valid input naming `site`'s rows. Absent when the procedure takes no input; then it reads
   * only the caller's own organisation and is checked once per role, not per target.
   */
  input?: (site: Site, c: ProbeContext) => unknown;
  /** The input names nothing of a site (a token, a search term): checked once per role too. */
  untargeted?: string;
  /** The input depends on who calls (their own session, a patient booking for themselves). */
  byCaller?: boolean;
  /** A success uses up what the input points at (signs the encounter, cancels the booking). */
  consumes?: boolean;
  /**
   * Outcomes for the roles the access rule lets through, where they differ from the defaults:
   * own data `ok`; another location `ok` for org-wide admins, else NOT_FOUND; another
   * organisation NOT_FOUND.
   */
  expect?: Partial<Record<Target, Outcome | Partial<Record<Caller, Outcome>>>>;
}

export type Probes = Record<string, Probe>;

/** The patient the input names, as most chart procedures take it. */
export const patientOf = (site: Site): { patientId: string } => ({ patientId: site.patient.id });
