import { and, eq } from 'drizzle-orm';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import type { PatientDetails } from '../patients/get-patient-chart';
import { notFound } from '../errors';
import { selectPatientDetails, toPatientDetails } from '../patients/get-patient-chart';

const { patients } = schema;

/** The signed-in patient's own record: looked up by their account, never by an id from input. */
export async function getMyRecord(ctx: AuthedContext): Promise<PatientDetails> {
  const [row] = await selectPatientDetails(ctx).where(
    and(
      eq(patients.organizationId, ctx.viewer.organizationId),
      eq(patients.userId, ctx.viewer.userId),
    ),
  );
  if (!row) throw notFound('Your patient record');
  return toPatientDetails(row);
}
