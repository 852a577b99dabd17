import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';

import type { Database } from '@stride/db';
import type { IntakeData } from '@stride/exam-schema';
import { schema } from '@stride/db';
import { intakeSchema, redFlagIds } from '@stride/exam-schema';

const { intakes, patients } = schema;

export const intakeStatusSchema = z.enum(['draft', 'submitted']);

export const intakeRecord = z.object({
  id: z.string(),
  version: z.number().int(),
  status: intakeStatusSchema,
  data: intakeSchema,
  redFlags: z.array(z.enum(redFlagIds)),
  signedName: z.string().nullable(),
  signedAt: z.date().nullable(),
  submittedAt: z.date().nullable(),
  updatedAt: z.date(),
});
export type IntakeRecord = z.infer<typeof intakeRecord>;

export const intakeVersionSummary = intakeRecord.pick({
  version: true,
  status: true,
  redFlags: true,
  submittedAt: true,
  updatedAt: true,
});
export type IntakeVersionSummary = z.infer<typeof intakeVersionSummary>;

const columns = {
  id: intakes.id,
  version: intakes.version,
  status: intakes.status,
  data: intakes.data,
  redFlags: intakes.redFlags,
  signedName: intakes.signedName,
  signedAt: intakes.signedAt,
  submittedAt: intakes.submittedAt,
  updatedAt: intakes.updatedAt,
};

/** Rows were validated on the way in; parsing again keeps a hand-edited row from leaking out. */
export function toIntakeRecord(row: Record<keyof typeof columns, unknown>): IntakeRecord {
  return intakeRecord.parse(row);
}

/** Every version of one patient's intake, newest first. */
export async function listIntakeVersions(
  db: Database,
  organizationId: string,
  patientId: string,
): Promise<IntakeRecord[]> {
  const rows = await db
    .select(columns)
    .from(intakes)
    .where(and(eq(intakes.organizationId, organizationId), eq(intakes.patientId, patientId)))
    .orderBy(desc(intakes.version));
  return rows.map(toIntakeRecord);
}

/**
 * The name a signature must match. With `lock`, the patient row stays locked for the rest of the
 * transaction, so two tabs saving at once take turns instead of both creating "the next version".
 */
export async function patientFullName(
  db: Database,
  organizationId: string,
  patientId: string,
  lock = false,
): Promise<string> {
  const query = db
    .select({ givenName: patients.givenName, familyName: patients.familyName })
    .from(patients)
    .where(and(eq(patients.organizationId, organizationId), eq(patients.id, patientId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new Error('resolved patient vanished');
  return `${row.givenName} ${row.familyName}`;
}

/** The fields copied out of `data` into their own columns. */
export function intakeColumns(data: IntakeData): {
  data: Record<string, unknown>;
  redFlags: string[];
} {
  return { data, redFlags: [...(data.redFlags ?? [])] };
}
