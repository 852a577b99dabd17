import { and, asc, eq, gte, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import type { GaitSession } from './load-gait-sessions';
import { emitAudit } from '../audit';
import { resolvePatientId } from '../scheduling/resolve-patient';
import { compareSessions, gaitRowSchema } from './compare-sessions';
import { GAIT_RETEST_TYPE_KEY, loadGaitSessions } from './load-gait-sessions';

const { appointments, appointmentTypes, encounters } = schema;

export const gaitComparisonInput = z
  .object({ patientId: z.uuid('That is not a patient id.') })
  .strict();

const sessionSchema = z.object({
  encounterId: z.string(),
  startedAt: z.date(),
  signed: z.boolean(),
  fromRetestAppointment: z.boolean(),
});

export const gaitComparisonOutput = z.object({
  baseline: sessionSchema.nullable(),
  retest: sessionSchema.nullable(),
  rows: z.array(gaitRowSchema),
  /** The organisation's gait re-test appointment type, for "Book gait re-test". */
  retestTypeId: z.string().nullable(),
  /** A booked re-test with no encounter yet: the clinician starts the re-test from it. */
  pendingRetest: z.object({ appointmentId: z.string(), startsAt: z.date() }).nullable(),
});
export type GaitComparisonView = z.infer<typeof gaitComparisonOutput>;

const session = (s: GaitSession | null) =>
  s && {
    encounterId: s.encounterId,
    startedAt: s.startedAt,
    signed: s.signed,
    fromRetestAppointment: s.fromRetestAppointment,
  };

/** Gait metrics at baseline against the latest re-test, each change judged against its SDD. */
export async function getGaitComparison(
  ctx: AuthedContext,
  input: z.infer<typeof gaitComparisonInput>,
): Promise<GaitComparisonView> {
  const org = ctx.viewer.organizationId;
  const patientId = await resolvePatientId(ctx, input.patientId);
  return ctx.db.transaction(async (tx) => {
    const { baseline, retest } = await loadGaitSessions(tx, org, patientId);
    const [type] = await tx
      .select({ id: appointmentTypes.id })
      .from(appointmentTypes)
      .where(
        and(
          eq(appointmentTypes.organizationId, org),
          eq(appointmentTypes.key, GAIT_RETEST_TYPE_KEY),
          eq(appointmentTypes.active, true),
        ),
      );
    // Today's or a later re-test that nobody has started an encounter for yet.
    const dayAgo = new Date(ctx.now().getTime() - 24 * 3600_000);
    const [pending] = type
      ? await tx
          .select({ appointmentId: appointments.id, startsAt: appointments.startsAt })
          .from(appointments)
          .leftJoin(
            encounters,
            and(
              eq(encounters.organizationId, appointments.organizationId),
              eq(encounters.appointmentId, appointments.id),
            ),
          )
          .where(
            and(
              eq(appointments.organizationId, org),
              eq(appointments.patientId, patientId),
              eq(appointments.appointmentTypeId, type.id),
              inArray(appointments.status, ['booked', 'checked_in', 'completed']),
              gte(appointments.startsAt, dayAgo),
              isNull(encounters.id),
            ),
          )
          .orderBy(asc(appointments.startsAt))
          .limit(1)
      : [];
    await emitAudit(tx, ctx.viewer, {
      action: 'patient.gait_comparison.read',
      entityType: 'patient',
      entityId: patientId,
      patientId,
      detail: { baseline: baseline?.encounterId ?? null, retest: retest?.encounterId ?? null },
    });
    return {
      baseline: session(baseline),
      retest: session(retest),
      rows: baseline ? compareSessions(baseline, retest) : [],
      retestTypeId: type?.id ?? null,
      pendingRetest: pending ?? null,
    };
  });
}
