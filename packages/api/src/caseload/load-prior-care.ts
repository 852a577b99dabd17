import { and, eq, inArray, sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

const { encounters } = schema;

/**
 * Prior care recorded as failed in any of each patient's encounters. Once recorded it stays
 * true of the patient, even if a later encounter started from intake does not repeat it, so
 * the saphenous prompt goes quiet for good.
 */
export async function priorCareFailedByPatient(
  db: Database,
  organizationId: string,
  patientIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (patientIds.length === 0) return out;
  const rows = await db
    .select({
      patientId: encounters.patientId,
      // Only the one list, not every exam record of the caseload.
      failed: sql<unknown>`${encounters.exam} -> 'history' -> 'priorCareFailed'`,
    })
    .from(encounters)
    .where(
      and(
        eq(encounters.organizationId, organizationId),
        inArray(encounters.patientId, [...patientIds]),
      ),
    );
  for (const row of rows) {
    if (!Array.isArray(row.failed)) continue;
    const known = new Set(out.get(row.patientId));
    for (const id of row.failed as unknown[]) if (typeof id === 'string') known.add(id);
    out.set(row.patientId, [...known]);
  }
  return out;
}
