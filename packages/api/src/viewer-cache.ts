import type { Viewer } from '@stride/auth';
import type { Database, Listen } from '@stride/db';
import { lookupViewer } from '@stride/auth';

import type { ChangeAuthor } from './org-cache';
import { deepFreeze } from './deep-freeze';
import { ListeningCache, storeBounded } from './org-cache';

export interface ViewerCacheLimits {
  /** The NOTIFY channel of migration 0019: 'session:<id>', an organisation id, or '*'. */
  channel: string;
  /** However long the database said an answer holds, it is asked again after this. */
  maxAgeMs: number;
  /** Sessions remembered in all; the oldest stored go first. */
  maxEntries: number;
}

export const VIEWER_CACHE: ViewerCacheLimits = {
  channel: 'stride_viewers',
  maxAgeMs: 60_000,
  maxEntries: 20_000,
};

/** Taken before the lookup; its answer is kept only if no change was announced since. */
export interface ViewerCacheTicket {
  readonly changes: number;
  readonly epoch: number;
}

interface Entry {
  organizationId: string;
  viewer: Viewer;
  until: number;
}

const SESSION_PREFIX = 'session:';

/**
 * Who is calling, per session, as `stride_viewer` last answered: each signed-in request used to
 * spend a round trip on that lookup (about a millisecond of the server's CPU on the benchmark
 * host). An answer is kept until the database says it could differ on its own (`recheck_at`: the
 * session's next last-seen touch, its expiry or idle deadline, at most a minute), so touches,
 * idle ends and expiry happen exactly as before.
 *
 * Everything else the answer is made from announces its changes at commit (migration 0019): a
 * session revoked or deleted by its id, a membership, its locations or the organisation's name by
 * the organisation, a user's name or email as '*'. An answer is stored only if no change at all
 * was announced between its ticket (taken before the lookup) and its store, and nothing is served
 * or stored while the listener is not connected. A change is honoured from the moment its
 * notification reaches this process, which is after the change's commit by the time PostgreSQL
 * takes to deliver it (well under a millisecond on one host); a request already being served, or
 * arriving within that moment, is answered as of before the change, as it would be had it come
 * a moment earlier. Only active sessions with a live membership are remembered: a refusal is
 * always asked again.
 */
export class ViewerCache extends ListeningCache {
  /** By session id; Map order is store order, so the first entry is the oldest. */
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every announced change: a lookup made before one is not kept. */
  private changes = 0;

  private constructor(
    listen: Listen,
    private readonly limits: ViewerCacheLimits,
  ) {
    super(listen, limits.channel);
  }

  static async start(listen: Listen, limits = VIEWER_CACHE): Promise<ViewerCache> {
    const cache = new ViewerCache(listen, limits);
    await cache.connect();
    return cache;
  }

  get size(): number {
    return this.entries.size;
  }

  get(sessionId: string, now: number): Viewer | undefined {
    return this.served(this.entries.get(sessionId), now)?.viewer;
  }

  ticket(): ViewerCacheTicket | undefined {
    return this.isLive ? { changes: this.changes, epoch: this.epoch } : undefined;
  }

  /** Keeps `viewer` until `recheckAt` (at most `maxAgeMs`), if nothing changed since `ticket`. */
  put(ticket: ViewerCacheTicket, viewer: Viewer, recheckAt: number, now: number): void {
    const current = this.isLive && ticket.epoch === this.epoch && ticket.changes === this.changes;
    const until = Math.min(recheckAt, now + this.limits.maxAgeMs);
    if (!current || until <= now) return;
    const entry = { organizationId: viewer.organizationId, viewer: deepFreeze(viewer), until };
    storeBounded(this.entries, viewer.sessionId, entry, this.limits);
    this.stats.stored += 1;
  }

  protected changed(payload: string): void {
    this.changes += 1;
    this.stats.forgotten += 1;
    if (payload === '*') {
      this.forgetEverything();
    } else if (payload.startsWith(SESSION_PREFIX)) {
      this.entries.delete(payload.slice(SESSION_PREFIX.length));
    } else {
      for (const [id, entry] of this.entries)
        if (entry.organizationId === payload) this.entries.delete(id);
    }
  }

  /**
   * Only the author's own session: what they see of themselves (an organisation renamed, their
   * own membership edited) is current on their next page. Forgetting the whole organisation on
   * every write would send each of its signed-in members back to the database for nothing.
   */
  protected forgetOwnChange(by: ChangeAuthor): void {
    this.changes += 1;
    this.entries.delete(by.sessionId);
  }

  protected clear(): void {
    this.entries.clear();
  }
}

/**
 * The signed-in member behind `sessionId` (null when the session is over or has no live
 * membership), from `cache` when it holds a current answer, else from the database.
 */
export async function cachedViewer(
  db: Database,
  cache: ViewerCache | undefined,
  sessionId: string,
  now: Date,
): Promise<Viewer | null> {
  const remembered = cache?.get(sessionId, now.getTime());
  if (remembered) return remembered;
  const ticket = cache?.ticket();
  const found = await lookupViewer(db, sessionId, now);
  if (!found) return null;
  if (cache && ticket && found.recheckAt !== null)
    cache.put(ticket, found.viewer, found.recheckAt, now.getTime());
  return found.viewer;
}
