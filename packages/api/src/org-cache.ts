import type { Listen } from '@stride/db';

export interface OrgCacheLimits {
  /** The NOTIFY channel: a payload is an organisation id, or '*' for all of them. */
  channel: string;
  /**
   * However long a value would hold, it is computed afresh after this. Every change notifies, so
   * this only bounds what a change made with triggers off (a bulk load) could leave behind.
   */
  maxAgeMs: number;
  /** Values kept in all; the oldest stored go first. */
  maxEntries: number;
}

const RETRY_MS = 1_000;

interface Entry<T> {
  organizationId: string;
  value: T;
  /** Epoch ms: from here on the value may differ (e.g. slot-engine's stableUntil), capped. */
  until: number;
}

/** Taken before reading the database; a value computed under it is kept only if still current. */
export interface OrgCacheTicket {
  readonly organizationId: string;
  readonly generation: number;
  readonly epoch: number;
}

/** Who committed a change, as much as a cache needs to forget what it may have altered. */
export interface ChangeAuthor {
  readonly organizationId: string;
  readonly sessionId: string;
}

/** Stores `value` as the newest entry, dropping the oldest when `maxEntries` are kept. */
export function storeBounded<V>(
  entries: Map<string, V>,
  key: string,
  value: V,
  limits: { maxEntries: number },
): void {
  entries.delete(key);
  if (entries.size >= limits.maxEntries) {
    const oldest = entries.keys().next();
    if (!oldest.done) entries.delete(oldest.value);
  }
  entries.set(key, value);
}

/**
 * What every cache kept true by NOTIFY shares: it listens on its channel, hands each payload to
 * `changed`, and serves nothing unless the listener is connected. When listening fails,
 * everything is forgotten (notifications may have been missed meanwhile) and it retries.
 */
export abstract class ListeningCache {
  /** Bumped when everything is forgotten at once; a ticket from before is worthless. */
  protected epoch = 0;
  private live = false;
  private stopped = false;
  private subscription: { stop(): Promise<void> } | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  /** `forgotten` counts notifications heard; `ownChanges` the changes applied by forgetChangesBy. */
  readonly stats = { hits: 0, misses: 0, stored: 0, forgotten: 0, ownChanges: 0, lost: 0 };

  protected constructor(
    private readonly listen: Listen,
    private readonly channel: string,
  ) {}

  get isLive(): boolean {
    return this.live;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.live = false;
    clearTimeout(this.retry);
    await this.subscription?.stop();
  }

  /** `entry` if it may be served at `now` (listening, not past its time), counted either way. */
  protected served<E extends { until: number }>(entry: E | undefined, now: number): E | undefined {
    if (!this.live || !entry || now >= entry.until) {
      this.stats.misses += 1;
      return undefined;
    }
    this.stats.hits += 1;
    return entry;
  }

  /** A change was announced: `payload` says what it touched. */
  protected abstract changed(payload: string): void;

  /**
   * A change `by` made has just committed in this process: forgotten now rather than when its
   * notification arrives, which can be after the caller's next read (the page a form re-renders
   * once its write returns). Other processes still learn of it by notification.
   */
  forgetChangesBy(by: ChangeAuthor): void {
    this.stats.ownChanges += 1;
    this.forgetOwnChange(by);
  }

  protected abstract forgetOwnChange(by: ChangeAuthor): void;

  /** Drops every remembered value. */
  protected abstract clear(): void;

  protected forgetEverything(): void {
    this.epoch += 1;
    this.clear();
  }

  /** Starts listening; until the first LISTEN succeeds (and whenever it is lost) nothing is cached. */
  protected async connect(): Promise<void> {
    if (this.stopped) return;
    try {
      this.subscription = await this.listen(
        this.channel,
        (payload) => this.changed(payload),
        () => this.lost(),
      );
      // Listening from here on: values computed from now are safe to keep.
      this.forgetEverything();
      this.live = !this.stopped;
    } catch (error) {
      this.lost(error);
    }
  }

  private lost(error?: unknown): void {
    this.live = false;
    this.stats.lost += 1;
    this.forgetEverything();
    if (error instanceof Error)
      console.error(`cache on ${this.channel}: cannot listen for changes:`, error.message);
    if (this.stopped) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), RETRY_MS);
    // A retry pending must not keep a process (or a test run) alive.
    this.retry.unref();
  }
}

/**
 * Values computed from an organisation's rows, remembered until anything they were computed
 * from changes: weeks of slots (scheduling/slot-cache.ts), the list of prior profiles
 * (priors/priors-cache.ts). Each kind has its own channel, on which triggers on every table
 * its values read announce the organisation a committed change belongs to.
 *
 * Correctness rests on three things. Every table the values read notifies at commit (migrations
 * 0014, 0017), and a notification forgets the organisation's values. A value is stored only if no
 * notification for its organisation arrived between its ticket (taken before its first read)
 * and its store: a change committed after the reads were made will have bumped the generation
 * by then, or will forget the value when it arrives. And nothing is served or stored unless the
 * listener is connected: when it fails, everything is forgotten and the cache stays off until
 * it listens again, since notifications may have been missed meanwhile.
 */
export class OrgCache<T> extends ListeningCache {
  /** By organisation and key; Map order is store order, so the first entry is the oldest. */
  private readonly entries = new Map<string, Entry<T>>();
  private readonly generations = new Map<string, number>();

  get size(): number {
    return this.entries.size;
  }

  private constructor(
    listen: Listen,
    private readonly limits: OrgCacheLimits,
  ) {
    super(listen, limits.channel);
  }

  static async start<T>(listen: Listen, limits: OrgCacheLimits): Promise<OrgCache<T>> {
    const cache = new OrgCache<T>(listen, limits);
    await cache.connect();
    return cache;
  }

  get(organizationId: string, key: string, now: number): T | undefined {
    return this.served(this.entries.get(`${organizationId}|${key}`), now)?.value;
  }

  ticket(organizationId: string): OrgCacheTicket | undefined {
    if (!this.isLive) return undefined;
    return {
      organizationId,
      generation: this.generations.get(organizationId) ?? 0,
      epoch: this.epoch,
    };
  }

  /** Keeps `value` until `stableUntil` (at most `maxAgeMs`), if nothing changed since `ticket`. */
  put(ticket: OrgCacheTicket, key: string, value: T, stableUntil: number, now: number): void {
    const org = ticket.organizationId;
    const current =
      this.isLive &&
      ticket.epoch === this.epoch &&
      ticket.generation === (this.generations.get(org) ?? 0);
    const until = Math.min(stableUntil, now + this.limits.maxAgeMs);
    if (!current || until <= now) return;
    storeBounded(this.entries, `${org}|${key}`, { organizationId: org, value, until }, this.limits);
    this.stats.stored += 1;
  }

  protected changed(payload: string): void {
    this.stats.forgotten += 1;
    if (payload === '*') this.forgetEverything();
    else this.forgetOrganization(payload);
  }

  /** Anything the author's organisation may have changed: all of its values. */
  protected forgetOwnChange(by: ChangeAuthor): void {
    this.forgetOrganization(by.organizationId);
  }

  private forgetOrganization(organizationId: string): void {
    this.generations.set(organizationId, (this.generations.get(organizationId) ?? 0) + 1);
    for (const [id, entry] of this.entries)
      if (entry.organizationId === organizationId) this.entries.delete(id);
  }

  protected clear(): void {
    this.entries.clear();
  }
}
