import { and, eq } from 'drizzle-orm';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { DomainError, notFound } from '../errors';
import { inViewerLocations } from '../scope';

const { patients } = schema;

/**
 * Whose appointment this is: a patient always books for themselves (any id in input is
 * ignored); staff name a patient, who must be in their organisation and location scope.
 */
export async function resolvePatientId(
  ctx: AuthedContext,
  patientId: string | undefined,
): Promise<string> {
  const { viewer, db } = ctx;
  if (viewer.role === 'patient') {
    const [me] = await db
      .select({ id: patients.id })
      .from(patients)
      .where(
        and(eq(patients.organizationId, viewer.organizationId), eq(patients.userId, viewer.userId)),
      );
    if (!me) throw notFound('Your patient record');
    return me.id;
  }
  if (!patientId)
    throw new DomainError('BAD_REQUEST', 'Choose the patient this appointment is for.');
  const [row] = await db
    .select({ id: patients.id })
    .from(patients)
    .where(
      and(
        eq(patients.organizationId, viewer.organizationId),
        eq(patients.id, patientId),
        inViewerLocations(viewer, patients.homeLocationId),
      ),
    );
  if (!row) throw notFound('That patient');
  return row.id;
}
