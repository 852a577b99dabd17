import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { notFound } from '../errors';
import { inViewerLocations } from '../scope';

const { diagnoses, encounterAddenda, encounters, locations, patients, users } = schema;

export const encounterIdInput = z
  .object({ encounterId: z.uuid('That is not an encounter id.') })
  .strict();

export const encounterOutput = z.object({
  id: z.string(),
  status: z.enum(['open', 'signed']),
  revision: z.number(),
  exam: z.record(z.string(), z.unknown()),
  startedAt: z.date(),
  updatedAt: z.date(),
  signedAt: z.date().nullable(),
  patient: z.object({ id: z.string(), name: z.string(), sex: z.string(), dateOfBirth: z.string() }),
  location: z.object({ name: z.string(), timeZone: z.string() }),
  addenda: z.array(
    z.object({ id: z.string(), text: z.string(), author: z.string(), createdAt: z.date() }),
  ),
  diagnosis: z
    .object({
      id: z.string(),
      condition: z.string(),
      side: z.string(),
      icd10Code: z.string(),
      engineTop: z.string(),
      profileId: z.string(),
      confirmedAt: z.date(),
    })
    .nullable(),
});
export type EncounterView = z.infer<typeof encounterOutput>;

/**
 * The encounter workspace's data; opening it is a read of the patient's record and is audited.
 * The encounter, its patient, location and current diagnosis come in one statement (this is
 * read on every open of the diagnosis panel); addenda exist only once it is signed.
 */
export async function getEncounter(
  ctx: AuthedContext,
  input: z.infer<typeof encounterIdInput>,
): Promise<EncounterView> {
  const { viewer } = ctx;
  const [row] = await ctx.db
    .select({
      e: {
        id: encounters.id,
        patientId: encounters.patientId,
        locationId: encounters.locationId,
        status: encounters.status,
        revision: encounters.revision,
        exam: encounters.exam,
        startedAt: encounters.startedAt,
        updatedAt: encounters.updatedAt,
        signedAt: encounters.signedAt,
      },
      patient: {
        givenName: patients.givenName,
        familyName: patients.familyName,
        sex: patients.sex,
        dateOfBirth: patients.dateOfBirth,
      },
      location: { name: locations.name, timeZone: locations.timeZone },
      diagnosis: {
        id: diagnoses.id,
        condition: diagnoses.condition,
        side: diagnoses.side,
        icd10Code: diagnoses.icd10Code,
        engineTop: diagnoses.engineTop,
        profileId: diagnoses.profileId,
        confirmedAt: diagnoses.confirmedAt,
      },
    })
    .from(encounters)
    .innerJoin(
      patients,
      and(
        eq(patients.organizationId, encounters.organizationId),
        eq(patients.id, encounters.patientId),
      ),
    )
    .innerJoin(
      locations,
      and(
        eq(locations.organizationId, encounters.organizationId),
        eq(locations.id, encounters.locationId),
      ),
    )
    .leftJoin(
      diagnoses,
      and(
        eq(diagnoses.organizationId, encounters.organizationId),
        eq(diagnoses.encounterId, encounters.id),
        isNull(diagnoses.supersededAt),
      ),
    )
    .where(
      and(
        eq(encounters.organizationId, viewer.organizationId),
        eq(encounters.id, input.encounterId),
        inViewerLocations(viewer, patients.homeLocationId),
      ),
    )
    .orderBy(desc(diagnoses.confirmedAt))
    .limit(1);
  if (!row) throw notFound('That encounter');
  const { e, patient, location, diagnosis } = row;
  const addenda = e.status === 'signed' ? await listAddenda(ctx, e.id) : [];
  await emitAudit(ctx.db, viewer, {
    action: 'encounter.read',
    entityType: 'encounter',
    entityId: e.id,
    patientId: e.patientId,
    locationId: e.locationId,
  });
  return {
    id: e.id,
    status: e.status,
    revision: e.revision,
    exam: e.exam,
    startedAt: e.startedAt,
    updatedAt: e.updatedAt,
    signedAt: e.signedAt,
    patient: {
      id: e.patientId,
      name: `${patient.givenName} ${patient.familyName}`,
      sex: patient.sex,
      dateOfBirth: patient.dateOfBirth,
    },
    location,
    addenda,
    diagnosis,
  };
}

function listAddenda(ctx: AuthedContext, encounterId: string): Promise<EncounterView['addenda']> {
  return ctx.db
    .select({
      id: encounterAddenda.id,
      text: encounterAddenda.text,
      author: users.name,
      createdAt: encounterAddenda.createdAt,
    })
    .from(encounterAddenda)
    .innerJoin(users, eq(users.id, encounterAddenda.authorId))
    .where(
      and(
        eq(encounterAddenda.organizationId, ctx.viewer.organizationId),
        eq(encounterAddenda.encounterId, encounterId),
      ),
    )
    .orderBy(asc(encounterAddenda.createdAt));
}
