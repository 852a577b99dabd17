import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import type { AppointmentSummary } from '../scheduling/appointment-summary';
import { DomainError, notFound } from '../errors';
import { reserveSlot } from '../scheduling/reserve-slot';
import { resolvePatientId } from '../scheduling/resolve-patient';

const { appointmentTypes, locations, waitlistEntries, waitlistOffers } = schema;

export const waitlistOfferInput = z.object({ token: z.string().min(10).max(100) }).strict();

async function findOffer(ctx: AuthedContext, token: string) {
  const patientId = await resolvePatientId(ctx, undefined);
  const [offer] = await ctx.db
    .select({ offer: waitlistOffers, entry: waitlistEntries })
    .from(waitlistOffers)
    .innerJoin(
      waitlistEntries,
      and(
        eq(waitlistEntries.organizationId, waitlistOffers.organizationId),
        eq(waitlistEntries.id, waitlistOffers.entryId),
      ),
    )
    .where(
      and(
        eq(waitlistOffers.organizationId, ctx.viewer.organizationId),
        eq(waitlistOffers.token, token),
        eq(waitlistEntries.patientId, patientId),
      ),
    );
  if (!offer) throw notFound('That offer');
  return { ...offer, patientId };
}

export const waitlistOfferOutput = z.object({
  startsAt: z.date(),
  timeZone: z.string(),
  locationName: z.string(),
  typeName: z.string(),
  expiresAt: z.date(),
  state: z.enum(['open', 'expired', 'accepted']),
  acceptedAppointmentId: z.string().nullable(),
});

/** What the emailed link shows before the patient accepts. */
export async function getWaitlistOffer(
  ctx: AuthedContext,
  input: z.infer<typeof waitlistOfferInput>,
): Promise<z.infer<typeof waitlistOfferOutput>> {
  const { offer, entry } = await findOffer(ctx, input.token);
  const [where] = await ctx.db
    .select({
      timeZone: locations.timeZone,
      locationName: locations.name,
      typeName: appointmentTypes.name,
    })
    .from(locations)
    .innerJoin(
      appointmentTypes,
      and(
        eq(appointmentTypes.organizationId, locations.organizationId),
        eq(appointmentTypes.id, entry.appointmentTypeId),
      ),
    )
    .where(
      and(eq(locations.organizationId, entry.organizationId), eq(locations.id, entry.locationId)),
    );
  if (!where) throw notFound('That offer');
  const state = offer.acceptedAppointmentId
    ? 'accepted'
    : offer.expiresAt <= ctx.now()
      ? 'expired'
      : 'open';
  return {
    ...where,
    startsAt: offer.startsAt,
    expiresAt: offer.expiresAt,
    state,
    acceptedAppointmentId: offer.acceptedAppointmentId,
  };
}

/** Books the offered slot if it is still free; the offer id is the idempotency key, so a double click books once. */
export async function acceptWaitlistOffer(
  ctx: AuthedContext,
  input: z.infer<typeof waitlistOfferInput>,
): Promise<AppointmentSummary> {
  const { offer, entry, patientId } = await findOffer(ctx, input.token);
  if (!offer.acceptedAppointmentId && offer.expiresAt <= ctx.now()) {
    throw new DomainError(
      'BAD_REQUEST',
      'This offer has expired. You are still on the waitlist if you want to be.',
    );
  }
  const org = ctx.viewer.organizationId;
  let appointment: AppointmentSummary;
  try {
    appointment = await reserveSlot(ctx, {
      locationId: entry.locationId,
      appointmentTypeId: entry.appointmentTypeId,
      start: offer.startsAt.toISOString(),
      idempotencyKey: offer.id,
      patientId,
      status: 'booked',
    });
  } catch (error) {
    // Someone booked it first: the patient goes back to waiting for the next one.
    await ctx.db
      .update(waitlistEntries)
      .set({ status: 'waiting' })
      .where(
        and(
          eq(waitlistEntries.organizationId, org),
          eq(waitlistEntries.id, entry.id),
          eq(waitlistEntries.status, 'offered'),
        ),
      );
    throw error;
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(waitlistOffers)
      .set({ acceptedAppointmentId: appointment.id })
      .where(
        and(
          eq(waitlistOffers.organizationId, org),
          eq(waitlistOffers.id, offer.id),
          isNull(waitlistOffers.acceptedAppointmentId),
        ),
      );
    await tx
      .update(waitlistEntries)
      .set({ status: 'booked' })
      .where(and(eq(waitlistEntries.organizationId, org), eq(waitlistEntries.id, entry.id)));
  });
  return appointment;
}
