import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { resolvePatientId } from '../scheduling/resolve-patient';

const { diagnoses, encounters, users } = schema;

export const patientEncountersInput = z
  .object({ patientId: z.uuid('That is not a patient id.') })
  .strict();

export const patientEncountersOutput = z.array(
  z.object({
    id: z.string(),
    status: z.enum(['open', 'signed']),
    startedAt: z.date(),
    clinician: z.string(),
    diagnosis: z
      .object({ id: z.string(), condition: z.string(), side: z.string(), icd10Code: z.string() })
      .nullable(),
  }),
);

/** The chart's clinical timeline: each encounter with its diagnosis, newest first; audited. */
export async function listPatientEncounters(
  ctx: AuthedContext,
  input: z.infer<typeof patientEncountersInput>,
): Promise<z.infer<typeof patientEncountersOutput>> {
  const patientId = await resolvePatientId(ctx, input.patientId);
  const org = ctx.viewer.organizationId;
  const rows = await ctx.db
    .select({
      id: encounters.id,
      status: encounters.status,
      startedAt: encounters.startedAt,
      clinician: users.name,
      dId: diagnoses.id,
      condition: diagnoses.condition,
      side: diagnoses.side,
      icd10Code: diagnoses.icd10Code,
    })
    .from(encounters)
    .innerJoin(users, eq(users.id, encounters.clinicianId))
    .leftJoin(
      diagnoses,
      and(
        eq(diagnoses.organizationId, encounters.organizationId),
        eq(diagnoses.encounterId, encounters.id),
        isNull(diagnoses.supersededAt),
      ),
    )
    .where(and(eq(encounters.organizationId, org), eq(encounters.patientId, patientId)))
    .orderBy(desc(encounters.startedAt))
    .limit(50);
  await emitAudit(ctx.db, ctx.viewer, {
    action: 'patient.encounters.read',
    entityType: 'patient',
    entityId: patientId,
    patientId,
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    startedAt: r.startedAt,
    clinician: r.clinician,
    diagnosis:
      r.dId && r.condition && r.side && r.icd10Code
        ? { id: r.dId, condition: r.condition, side: r.side, icd10Code: r.icd10Code }
        : null,
  }));
}
