import type { AuthedContext } from '../context';
import type { PatientDetails } from '../patients/get-patient-chart';
import { notFound } from '../errors';
import { ownDetailsStatement, readPatientDetails } from '../patients/get-patient-chart';

/** The signed-in patient's own record: looked up by their account, never by an id from input. */
export async function getMyRecord(ctx: AuthedContext): Promise<PatientDetails> {
  const details = await readPatientDetails(ctx, ownDetailsStatement(ctx.viewer));
  if (!details) throw notFound('Your patient record');
  return details;
}
