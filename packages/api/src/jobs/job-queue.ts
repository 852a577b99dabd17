import type { SQL } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { sendWithNextStatement } from '@stride/db';

import type { QueueName } from './queues';
import { QUEUES } from './queues';

/** One piece of background work for `JobQueue.send`. */
export interface QueuedJob {
  queue: QueueName;
  data: object;
  /** Not run before this instant; as soon as possible when absent. */
  startAfter?: Date;
  /** At most one job of this key waits in the queue at a time (pg-boss's singleton). */
  singletonKey?: string;
}

/** Where services put background work. Enqueued in the caller's transaction, or not at all. */
export interface JobQueue {
  /**
   * Queues the jobs in one statement, sent with the transaction's next statement or its COMMIT:
   * a booking's confirmation and reminder were two round trips of its transaction, then one.
   */
  send(tx: Database, jobs: readonly QueuedJob[]): Promise<void>;
}

/** Rewrites pg-boss's `$n` SQL as a Drizzle query so it runs on the transaction's connection. */
export function toDrizzleSql(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  let query = sql.raw(parts[0] ?? '');
  for (let i = 1; i < parts.length; i += 2) {
    // Drizzle drops undefined parameters entirely; SQL needs them as NULL.
    const value = values[Number(parts[i]) - 1] ?? null;
    query = sql`${query}${value}${sql.raw(parts[i + 1] ?? '')}`;
  }
  return query;
}

/**
 * pg-boss's insert in the caller's transaction, without a round trip of its own: it travels with
 * the transaction's next statement or its COMMIT (sendWithNextStatement), and fails the call
 * with them if it fails. Nothing reads what it answers (`JobQueue.send` returns nothing); a
 * booking's jobs were one of its eight round trips.
 */
function heldInsertAdapter(tx: Database): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      await sendWithNextStatement(tx, toDrizzleSql(text, values));
      return { rows: [] };
    },
  };
}

export function pgBossJobQueue(boss: PgBoss): JobQueue {
  return {
    async send(tx, jobs) {
      if (jobs.length === 0) return;
      await boss.insert(
        jobs.map(({ queue, data, startAfter, singletonKey }) => ({
          name: queue,
          data,
          // pg-boss reads a string ending in Z as an instant (any other string as an interval).
          ...(startAfter ? { startAfter: startAfter.toISOString() } : {}),
          ...(singletonKey ? { singletonKey } : {}),
        })),
        { db: heldInsertAdapter(tx) },
      );
    },
  };
}

/** pg-boss 10 needs each queue created once before jobs are sent to it. */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  for (const name of Object.values(QUEUES)) {
    if (!existing.has(name))
      await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 30, retryBackoff: true });
  }
}
