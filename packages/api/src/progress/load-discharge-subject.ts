import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

const { discharges, users } = schema;

export const dischargeRecordSchema = z.object({
  id: z.string(),
  planId: z.string(),
  dischargedAt: z.date(),
  dischargedBy: z.string(),
  criteriaMet: z.array(z.string()),
  patientSummary: z.string(),
  /** The clinician's note; null for the patient, whose view is the summary. */
  note: z.string().nullable(),
});
export type DischargeRecord = z.infer<typeof dischargeRecordSchema>;

/** The patient's most recent discharge, with who signed it off. */
export async function latestDischarge(
  db: Database,
  organizationId: string,
  patientId: string,
): Promise<DischargeRecord | null> {
  const [row] = await db
    .select({
      id: discharges.id,
      planId: discharges.planId,
      dischargedAt: discharges.dischargedAt,
      dischargedBy: users.name,
      criteriaMet: discharges.criteriaMet,
      patientSummary: discharges.patientSummary,
      note: discharges.note,
    })
    .from(discharges)
    .innerJoin(users, eq(users.id, discharges.dischargedBy))
    .where(and(eq(discharges.organizationId, organizationId), eq(discharges.patientId, patientId)))
    .orderBy(desc(discharges.dischargedAt))
    .limit(1);
  return row ?? null;
}
