import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { JobEnvironment } from '../jobs/send-appointment-email';
import { NdjsonZip } from './ndjson-zip';
import { ORG_EXPORT_SOURCES } from './org-export-sources';

const { dataExports } = schema;

export const orgExportJob = z.object({ organizationId: z.uuid(), exportId: z.uuid() });
export type OrgExportJob = z.infer<typeof orgExportJob>;
/** Rows read per query: enough to keep round trips few, small enough to stay light. */
export const EXPORT_BATCH_SIZE = 500;

/**
 * Builds the organisation's export zip and stores it on the row. A retried job (the process
 * died mid-run) starts again from the top; a finished or failed export is left alone. A failure
 * is recorded with its message for the admin, and not retried: it would fail the same way.
 */
export async function runOrgExport(
  env: JobEnvironment,
  job: OrgExportJob,
  batchSize = EXPORT_BATCH_SIZE,
): Promise<'done' | 'failed' | 'skipped'> {
  const row = and(
    eq(dataExports.organizationId, job.organizationId),
    eq(dataExports.id, job.exportId),
  );
  const [claimed] = await env.db
    .update(dataExports)
    .set({ status: 'running' })
    .where(and(row, inArray(dataExports.status, ['queued', 'running'])))
    .returning({ id: dataExports.id });
  if (!claimed) return 'skipped';
  try {
    const zip = new NdjsonZip();
    const counts: Record<string, number> = {};
    for (const source of ORG_EXPORT_SOURCES) {
      const file = zip.file(`${source.type}.ndjson`);
      let count = 0;
      for await (const resources of source.pages(env.db, job.organizationId, batchSize)) {
        file.write(resources.map((r) => JSON.stringify(r)));
        count += resources.length;
      }
      file.end();
      counts[source.type] = count;
    }
    const transactionTime = env.now().toISOString();
    const manifest = zip.file('manifest.json');
    const output = Object.entries(counts).map(([type, count]) => ({
      type,
      url: `${type}.ndjson`,
      count,
    }));
    manifest.write([JSON.stringify({ transactionTime, fhirVersion: '4.0.1', output })]);
    manifest.end();
    const file = zip.finish();
    await env.db
      .update(dataExports)
      .set({
        status: 'done',
        file,
        sizeBytes: file.length,
        counts,
        error: null,
        // The database's clock, not the app's: downloading audits every patient created up to
        // this moment (patients.created_at is the database's), and two clocks that disagree by
        // a second would leave a patient in the zip out of their access list.
        finishedAt: sql`now()`,
      })
      .where(row);
    return 'done';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await env.db
      .update(dataExports)
      .set({ status: 'failed', error: message.slice(0, 500), finishedAt: env.now() })
      .where(row);
    return 'failed';
  }
}
