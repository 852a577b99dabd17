import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { findEncounter } from './find-encounter';

const { diagnoses, encounterAddenda, locations, patients, users } = schema;

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

/** The encounter workspace's data; opening it is a read of the patient's record and is audited. */
export async function getEncounter(
  ctx: AuthedContext,
  input: z.infer<typeof encounterIdInput>,
): Promise<EncounterView> {
  const e = await findEncounter(ctx, ctx.db, input.encounterId);
  const org = e.organizationId;
  const [[patient], addenda, [diagnosis], [location]] = await Promise.all([
    ctx.db
      .select()
      .from(patients)
      .where(and(eq(patients.organizationId, org), eq(patients.id, e.patientId))),
    ctx.db
      .select({
        id: encounterAddenda.id,
        text: encounterAddenda.text,
        author: users.name,
        createdAt: encounterAddenda.createdAt,
      })
      .from(encounterAddenda)
      .innerJoin(users, eq(users.id, encounterAddenda.authorId))
      .where(and(eq(encounterAddenda.organizationId, org), eq(encounterAddenda.encounterId, e.id)))
      .orderBy(asc(encounterAddenda.createdAt)),
    ctx.db
      .select()
      .from(diagnoses)
      .where(
        and(
          eq(diagnoses.organizationId, org),
          eq(diagnoses.encounterId, e.id),
          isNull(diagnoses.supersededAt),
        ),
      )
      .orderBy(desc(diagnoses.confirmedAt))
      .limit(1),
    ctx.db
      .select({ name: locations.name, timeZone: locations.timeZone })
      .from(locations)
      .where(and(eq(locations.organizationId, org), eq(locations.id, e.locationId))),
  ]);
  if (!patient || !location) throw new Error('encounter without patient or location');
  await emitAudit(ctx.db, ctx.viewer, {
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
      id: patient.id,
      name: `${patient.givenName} ${patient.familyName}`,
      sex: patient.sex,
      dateOfBirth: patient.dateOfBirth,
    },
    location,
    addenda,
    diagnosis: diagnosis
      ? {
          id: diagnosis.id,
          condition: diagnosis.condition,
          side: diagnosis.side,
          icd10Code: diagnosis.icd10Code,
          engineTop: diagnosis.engineTop,
          profileId: diagnosis.profileId,
          confirmedAt: diagnosis.confirmedAt,
        }
      : null,
  };
}
