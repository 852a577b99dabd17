import { and, eq, lte, sql } from 'drizzle-orm';
import { z } from 'zod';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { notFound } from '../errors';

const { auditLog, dataExports, patients } = schema;

export const orgExportFileInput = z
  .object({ exportId: z.uuid('That is not an export id.') })
  .strict();
export const orgExportFileOutput = z.object({ filename: z.string(), base64: z.string() });
export type OrgExportFile = z.infer<typeof orgExportFileOutput>;

/**
 * Downloading the zip discloses every record in it, so each patient's "who accessed my record"
 * shows it: one row per patient who existed when the export finished, written in one statement.
 */
async function auditEachPatient(
  tx: Database,
  ctx: AuthedContext,
  exportId: string,
  finishedAt: Date,
) {
  const { viewer } = ctx;
  await tx.insert(auditLog).select(
    tx
      .select({
        organizationId: patients.organizationId,
        id: sql<string>`gen_random_uuid()`.as('id'),
        occurredAt: sql<Date>`${ctx.now()}::timestamptz`.as('occurred_at'),
        actorUserId: sql<string>`${viewer.userId}::uuid`.as('actor_user_id'),
        actorRole: sql<string>`${viewer.role}`.as('actor_role'),
        locationId: patients.homeLocationId,
        patientId: patients.id,
        action: sql<string>`'patient.record.export'`.as('action'),
        entityType: sql<string>`'patient'`.as('entity_type'),
        entityId: sql<string>`${patients.id}::text`.as('entity_id'),
        outcome: sql<'success'>`'success'::audit_outcome`.as('outcome'),
        detail: sql<
          Record<string, unknown>
        >`jsonb_build_object('format', 'fhir-r4-ndjson', 'exportId', ${exportId}::text)`.as(
          'detail',
        ),
      })
      .from(patients)
      .where(
        and(
          eq(patients.organizationId, viewer.organizationId),
          lte(patients.createdAt, finishedAt),
        ),
      ),
  );
}

/** The finished zip (base64, so it crosses tRPC), for the admin who downloads it. */
export async function getOrgExportFile(
  ctx: AuthedContext,
  input: z.infer<typeof orgExportFileInput>,
): Promise<OrgExportFile> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ file: dataExports.file, finishedAt: dataExports.finishedAt })
      .from(dataExports)
      .where(
        and(
          eq(dataExports.organizationId, ctx.viewer.organizationId),
          eq(dataExports.id, input.exportId),
          eq(dataExports.status, 'done'),
        ),
      );
    if (!row?.file || !row.finishedAt) throw notFound('That export');
    await emitAudit(tx, ctx.viewer, {
      action: 'data_export.download',
      entityType: 'data_export',
      entityId: input.exportId,
    });
    await auditEachPatient(tx, ctx, input.exportId, row.finishedAt);
    return {
      filename: `stride-export-${row.finishedAt.toISOString().slice(0, 10)}-${input.exportId.slice(0, 8)}.zip`,
      base64: row.file.toString('base64'),
    };
  });
}
