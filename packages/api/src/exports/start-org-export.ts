import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { DomainError } from '../errors';
import { QUEUES } from '../jobs/queues';

const { dataExports } = schema;

export const startOrgExportOutput = z.object({ id: z.string() });

/**
 * Queues a whole-organisation export. The row and its job commit together; one export at a
 * time, since a second would only repeat the first's work.
 */
export async function startOrgExport(ctx: AuthedContext): Promise<{ id: string }> {
  const { viewer } = ctx;
  return ctx.db.transaction(async (tx) => {
    const [busy] = await tx
      .select({ id: dataExports.id })
      .from(dataExports)
      .where(
        and(
          eq(dataExports.organizationId, viewer.organizationId),
          inArray(dataExports.status, ['queued', 'running']),
        ),
      )
      .limit(1);
    if (busy)
      throw new DomainError('CONFLICT', 'An export is already under way. Wait for it to finish.');
    const [row] = await tx
      .insert(dataExports)
      .values({
        organizationId: viewer.organizationId,
        requestedBy: viewer.userId,
        createdAt: ctx.now(),
      })
      .returning({ id: dataExports.id });
    if (!row) throw new Error('data export insert returned no row');
    await ctx.jobs.send(tx, [
      {
        queue: QUEUES.orgExport,
        data: { organizationId: viewer.organizationId, exportId: row.id },
      },
    ]);
    await emitAudit(tx, viewer, {
      action: 'data_export.start',
      entityType: 'data_export',
      entityId: row.id,
    });
    return { id: row.id };
  });
}
