import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../src';
import { auditLog } from '../src/schema';
import { createTestDatabase, integrationKinds, makeOrganization } from '../src/testing';

const kinds = await integrationKinds();

/** Drizzle wraps driver errors ("Failed query: …"); the database's own message is the cause. */
async function refusal(query: PromiseLike<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    return cause instanceof Error ? cause.message : String(error);
  }
  return 'no error';
}

describe.each(kinds)('audit_log is append-only on %s', (kind) => {
  let handle: DatabaseHandle;
  let organizationId: string;
  let rowId: string;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    organizationId = (await makeOrganization(handle.db)).id;
    const [row] = await handle.db
      .insert(auditLog)
      .values({ organizationId, action: 'chart.read', entityType: 'patient' })
      .returning({ id: auditLog.id });
    if (!row) throw new Error('insert returned nothing');
    rowId = row.id;
  }, 60_000);
  afterAll(async () => handle.close());

  it('refuses UPDATE of an audit row', async () => {
    expect(
      await refusal(
        handle.db
          .update(auditLog)
          .set({ action: 'nothing.happened' })
          .where(eq(auditLog.id, rowId)),
      ),
    ).toMatch(/append-only: UPDATE/);
  });

  it('refuses DELETE and TRUNCATE', async () => {
    expect(await refusal(handle.db.delete(auditLog).where(eq(auditLog.id, rowId)))).toMatch(
      /append-only: DELETE/,
    );
    expect(await refusal(handle.db.execute(sql`truncate audit_log`))).toMatch(
      /append-only: TRUNCATE/,
    );
  });

  it('still accepts new rows, and the original is unchanged', async () => {
    await handle.db
      .insert(auditLog)
      .values({ organizationId, action: 'chart.read', entityType: 'patient' });
    const [row] = await handle.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'chart.read'));
    expect(row?.n).toBe(2);
  });
});
