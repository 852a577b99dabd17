import type { SQL } from 'drizzle-orm';

import type { Database } from './client';

/**
 * Rows of a raw SQL query, for catalogue and invariant checks that Drizzle's builder cannot
 * express. Both drivers answer `execute` with `{ rows }`.
 */
export async function rawRows<T extends Record<string, unknown>>(
  db: Database,
  query: SQL,
): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}
