import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';

const { patients } = schema;

const named = z.object({ patientId: z.uuid() }).partial().loose();

/**
 * A refused attempt at a patient's record (a NOT_FOUND or FORBIDDEN after the role check: another
 * location's patient, an id that is not theirs) leaves a `denied` row. The call's own
 * transaction has rolled back, so this is written on its own; if even that fails, the original
 * refusal still reaches the caller. The patient is named only when they are in the viewer's
 * organisation, so ids guessed from elsewhere are kept as detail, never linked.
 */
export async function recordDenial(
  ctx: AuthedContext,
  attempted: { path: string; action: string; code: string; rawInput: unknown },
): Promise<void> {
  const requested = named.safeParse(attempted.rawInput);
  const patientId = requested.success ? requested.data.patientId : undefined;
  try {
    const [patient] = patientId
      ? await ctx.db
          .select({ id: patients.id })
          .from(patients)
          .where(
            and(eq(patients.organizationId, ctx.viewer.organizationId), eq(patients.id, patientId)),
          )
      : [];
    await emitAudit(ctx.db, ctx.viewer, {
      action: 'access.denied',
      entityType: 'procedure',
      entityId: attempted.path,
      patientId: patient?.id,
      outcome: 'denied',
      detail: {
        attempted: attempted.action,
        code: attempted.code,
        requestedPatientId: patient ? null : (patientId ?? null),
      },
    });
  } catch {
    // The refusal is what the caller must see; a failed log write must not replace it.
  }
}
