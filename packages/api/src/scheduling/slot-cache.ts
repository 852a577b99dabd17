import type { Listen } from '@stride/db';

/** The channel migration 0014's triggers speak on: an organisation id, or '*' for all. */
export const SCHEDULE_CHANNEL = 'stride_schedule';
/**
 * However long a week would hold, it is computed afresh after this. Every change notifies, so
 * this only bounds what a change made with triggers off (a bulk load) could leave behind.
 */
export const MAX_AGE_MS = 30_000;
/**
 * Weeks kept in all (organisation × location × type × clinician × week); the oldest stored go
 * first. A week of a busy location is about 20 kB, so this bounds the cache near 20 MB.
 */
export const MAX_WEEKS = 1_000;
const RETRY_MS = 1_000;

interface Entry<T> {
  organizationId: string;
  value: T;
  /** Epoch ms: from here on the week may differ (slot-engine's stableUntil, capped). */
  until: number;
}

/** Taken before reading the database; a week computed under it is kept only if still current. */
export interface SlotCacheTicket {
  readonly organizationId: string;
  readonly generation: number;
  readonly epoch: number;
}

/**
 * Computed weeks of slots, remembered per organisation until anything they were computed from
 * changes. Patients open the same few weeks over and over, and a week costs a few milliseconds
 * of CPU to compute; bookings are rare beside those reads.
 *
 * Correctness rests on three things. Every table the slots read notifies at commit (migration
 * 0014), and a notification forgets the organisation's weeks. A week is stored only if no
 * notification for its organisation arrived between its ticket (taken before its first read)
 * and its store: a change committed after the reads were made will have bumped the generation
 * by then, or will forget the week when it arrives. And nothing is served or stored unless the
 * listener is connected: when it fails, everything is forgotten and the cache stays off until
 * it listens again, since notifications may have been missed meanwhile.
 */
export class SlotCache<T> {
  /** By organisation and key; Map order is store order, so the first entry is the oldest. */
  private readonly weeks = new Map<string, Entry<T>>();
  private readonly generations = new Map<string, number>();
  /** Bumped when everything is forgotten at once; a ticket from before is worthless. */
  private epoch = 0;
  private live = false;
  private stopped = false;
  private subscription: { stop(): Promise<void> } | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  readonly stats = { hits: 0, misses: 0, stored: 0, forgotten: 0, lost: 0 };

  get size(): number {
    return this.weeks.size;
  }

  private constructor(private readonly listen: Listen) {}

  /** Starts listening; until the first LISTEN succeeds (and whenever it is lost) nothing is cached. */
  static async start<T>(listen: Listen): Promise<SlotCache<T>> {
    const cache = new SlotCache<T>(listen);
    await cache.connect();
    return cache;
  }

  get isLive(): boolean {
    return this.live;
  }

  get(organizationId: string, key: string, now: number): T | undefined {
    const entry = this.live ? this.weeks.get(`${organizationId}|${key}`) : undefined;
    if (!entry || now >= entry.until) {
      this.stats.misses += 1;
      return undefined;
    }
    this.stats.hits += 1;
    return entry.value;
  }

  ticket(organizationId: string): SlotCacheTicket | undefined {
    if (!this.live) return undefined;
    return {
      organizationId,
      generation: this.generations.get(organizationId) ?? 0,
      epoch: this.epoch,
    };
  }

  /** Keeps `value` until `stableUntil` (at most MAX_AGE_MS), if nothing changed since `ticket`. */
  put(ticket: SlotCacheTicket, key: string, value: T, stableUntil: number, now: number): void {
    const org = ticket.organizationId;
    const current =
      this.live &&
      ticket.epoch === this.epoch &&
      ticket.generation === (this.generations.get(org) ?? 0);
    const until = Math.min(stableUntil, now + MAX_AGE_MS);
    if (!current || until <= now) return;
    const id = `${org}|${key}`;
    this.weeks.delete(id);
    if (this.weeks.size >= MAX_WEEKS) {
      const oldest = this.weeks.keys().next();
      if (!oldest.done) this.weeks.delete(oldest.value);
    }
    this.weeks.set(id, { organizationId: org, value, until });
    this.stats.stored += 1;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.live = false;
    clearTimeout(this.retry);
    await this.subscription?.stop();
  }

  private changed(payload: string): void {
    this.stats.forgotten += 1;
    if (payload === '*') {
      this.forgetEverything();
      return;
    }
    this.generations.set(payload, (this.generations.get(payload) ?? 0) + 1);
    for (const [id, entry] of this.weeks)
      if (entry.organizationId === payload) this.weeks.delete(id);
  }

  private forgetEverything(): void {
    this.epoch += 1;
    this.weeks.clear();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    try {
      this.subscription = await this.listen(
        SCHEDULE_CHANNEL,
        (payload) => this.changed(payload),
        () => this.lost(),
      );
      // Listening from here on: weeks computed from now are safe to keep.
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
      console.error('slot cache: cannot listen for schedule changes:', error.message);
    if (this.stopped) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), RETRY_MS);
    // A retry pending must not keep a process (or a test run) alive.
    this.retry.unref();
  }
}
