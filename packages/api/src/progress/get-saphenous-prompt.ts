import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { caseloadFlagSchema } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { flagsForPatients } from '../caseload/compute-flags';
import { notFound } from '../errors';
import { resolvePatientId } from '../scheduling/resolve-patient';

const { locations, patients } = schema;

export const saphenousPromptInput = z
  .object({ patientId: z.uuid('That is not a patient id.') })
  .strict();
export const saphenousPromptOutput = caseloadFlagSchema.nullable();

/**
 * The caseload's saphenous prompt for one patient, so the chart can offer its action. It is the
 * same server-side rule as the caseload's, fed the same data.
 */
export async function getSaphenousPrompt(
  ctx: AuthedContext,
  input: z.infer<typeof saphenousPromptInput>,
): Promise<z.infer<typeof saphenousPromptOutput>> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, input.patientId);
  return ctx.db.transaction(async (tx) => {
    const [subject] = await tx
      .select({
        id: patients.id,
        timeZone: locations.timeZone,
        targetRaceDate: patients.targetRaceDate,
      })
      .from(patients)
      .innerJoin(
        locations,
        and(
          eq(locations.organizationId, patients.organizationId),
          eq(locations.id, patients.homeLocationId),
        ),
      )
      .where(and(eq(patients.organizationId, org), eq(patients.id, patientId)));
    if (!subject) throw notFound('That patient');
    const flags = await flagsForPatients(tx, org, [subject], ctx.now());
    await emitAudit(tx, ctx.viewer, {
      action: 'patient.flags.read',
      entityType: 'patient',
      entityId: patientId,
      patientId,
    });
    return flags.get(patientId)?.find((flag) => flag.id === 'saphenous_prompt') ?? null;
  });
}
