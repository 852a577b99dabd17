import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';

const { dataExports, users } = schema;

export const orgExportView = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  requestedBy: z.string(),
  sizeBytes: z.number().nullable(),
  counts: z.record(z.string(), z.number()).nullable(),
  error: z.string().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});
export const listOrgExportsOutput = z.array(orgExportView);
export type OrgExportView = z.infer<typeof orgExportView>;

/** The organisation's recent exports, newest first; the file itself is never selected here. */
export async function listOrgExports(ctx: AuthedContext): Promise<OrgExportView[]> {
  return ctx.db
    .select({
      id: dataExports.id,
      status: dataExports.status,
      requestedBy: users.name,
      sizeBytes: dataExports.sizeBytes,
      counts: dataExports.counts,
      error: dataExports.error,
      createdAt: dataExports.createdAt,
      finishedAt: dataExports.finishedAt,
    })
    .from(dataExports)
    .innerJoin(users, eq(users.id, dataExports.requestedBy))
    .where(eq(dataExports.organizationId, ctx.viewer.organizationId))
    .orderBy(desc(dataExports.createdAt))
    .limit(20);
}
