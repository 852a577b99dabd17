import { z } from 'zod';

import type { AuthedContext } from '../context';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { intakeRecord, listIntakeVersions, patientFullName } from './intake-record';

export const myIntakeOutput = z.object({
  /** The name a signature must match, shown beside the signature box. */
  fullName: z.string(),
  /** The newest version: the draft being edited, or the last submission. */
  current: intakeRecord.nullable(),
  lastSubmitted: z.object({ version: z.number().int(), submittedAt: z.date() }).nullable(),
});
export type MyIntakeOutput = z.infer<typeof myIntakeOutput>;

/** The signed-in patient's intake as the portal form resumes it. */
export async function getMyIntake(ctx: AuthedContext): Promise<MyIntakeOutput> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, undefined);
  const versions = await listIntakeVersions(ctx.db, org, patientId);
  const submitted = versions.find((v) => v.status === 'submitted');
  return {
    fullName: await patientFullName(ctx.db, org, patientId),
    current: versions[0] ?? null,
    lastSubmitted:
      submitted?.submittedAt != null
        ? { version: submitted.version, submittedAt: submitted.submittedAt }
        : null,
  };
}
