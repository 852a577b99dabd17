import type { SQL } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { sql } from 'drizzle-orm';

import type { Database } from '@stride/db';

import type { QueueName } from './queues';
import { QUEUES } from './queues';

/** Where services put background work. Enqueued in the caller's transaction, or not at all. */
export interface JobQueue {
  send(
    tx: Database,
    queue: QueueName,
    data: object,
    options?: { startAfter?: Date; singletonKey?: string },
  ): Promise<void>;
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

function transactionAdapter(tx: Database): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const result: unknown = await tx.execute(toDrizzleSql(text, values));
      return result as { rows: unknown[] };
    },
  };
}

export function pgBossJobQueue(boss: PgBoss): JobQueue {
  return {
    async send(tx, queue, data, options = {}) {
      await boss.send(queue, data, { ...options, db: transactionAdapter(tx) });
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
