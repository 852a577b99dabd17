import { sql } from 'drizzle-orm';
import { z } from 'zod';

import { rawRows, schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { notFound } from '../errors';
import { renderedOnce, renderedWithPlaceholders } from '../rendered-once';
import { inLocationScope, locationScopeOf, perLocationScope, scopeLocationIds } from '../scope';

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

/** The statement's one column: the encounter as PostgreSQL's JSON spells it (times as ISO text). */
interface EncounterJson {
  id: string;
  patientId: string;
  locationId: string;
  status: EncounterView['status'];
  revision: number;
  exam: Record<string, unknown>;
  startedAt: string;
  updatedAt: string;
  signedAt: string | null;
  patient: { givenName: string; familyName: string; sex: string; dateOfBirth: string };
  location: EncounterView['location'];
  diagnosis:
    (Omit<NonNullable<EncounterView['diagnosis']>, 'confirmedAt'> & { confirmedAt: string }) | null;
  addenda: (Omit<EncounterView['addenda'][number], 'createdAt'> & { createdAt: string })[];
}

/**
 * The statement up to its WHERE, rendered once. Its subqueries are scoped to the encounter's
 * organisation, which the WHERE pins to the viewer's.
 */
const selectEncounter = renderedOnce(
  sql`select json_build_object(
      'id', ${encounters.id},
      'patientId', ${encounters.patientId},
      'locationId', ${encounters.locationId},
      'status', ${encounters.status},
      'revision', ${encounters.revision},
      'exam', ${encounters.exam},
      'startedAt', ${encounters.startedAt},
      'updatedAt', ${encounters.updatedAt},
      'signedAt', ${encounters.signedAt},
      'patient', json_build_object(
        'givenName', ${patients.givenName},
        'familyName', ${patients.familyName},
        'sex', ${patients.sex},
        'dateOfBirth', ${patients.dateOfBirth}),
      'location', json_build_object('name', ${locations.name}, 'timeZone', ${locations.timeZone}),
      'diagnosis', (
        select json_build_object(
          'id', ${diagnoses.id},
          'condition', ${diagnoses.condition},
          'side', ${diagnoses.side},
          'icd10Code', ${diagnoses.icd10Code},
          'engineTop', ${diagnoses.engineTop},
          'profileId', ${diagnoses.profileId},
          'confirmedAt', ${diagnoses.confirmedAt})
        from ${diagnoses}
        where ${diagnoses.organizationId} = ${encounters.organizationId}
          and ${diagnoses.encounterId} = ${encounters.id}
          and ${diagnoses.supersededAt} is null
        order by ${diagnoses.confirmedAt} desc
        limit 1),
      -- Addenda exist only once it is signed.
      'addenda', case when ${encounters.status} = 'signed' then (
        select coalesce(
          json_agg(
            json_build_object(
              'id', ${encounterAddenda.id},
              'text', ${encounterAddenda.text},
              'author', ${users.name},
              'createdAt', ${encounterAddenda.createdAt})
            order by ${encounterAddenda.createdAt}),
          '[]'::json)
        from ${encounterAddenda}
        join ${users} on ${users.id} = ${encounterAddenda.authorId}
        where ${encounterAddenda.organizationId} = ${encounters.organizationId}
          and ${encounterAddenda.encounterId} = ${encounters.id}
      ) else '[]'::json end
    ) as r
    from ${encounters}
    join ${patients}
      on ${patients.organizationId} = ${encounters.organizationId}
      and ${patients.id} = ${encounters.patientId}
    join ${locations}
      on ${locations.organizationId} = ${encounters.organizationId}
      and ${locations.id} = ${encounters.locationId}`,
);

/** The statement by encounter id, rendered once per location scope (renderedWithPlaceholders). */
const ENCOUNTER_BY_ID = perLocationScope((scope) =>
  renderedWithPlaceholders(
    sql`${selectEncounter}
      where ${encounters.organizationId} = ${sql.placeholder('org')}
        and ${encounters.id} = ${sql.placeholder('encounterId')}
        and ${inLocationScope(scope, patients.homeLocationId, sql.placeholder('locationIds'))}`,
  ),
);

/**
 * The encounter workspace's data; opening it is a read of the patient's record and is audited.
 * The encounter, its patient, location, current diagnosis and (once signed) addenda come in one
 * statement as one JSON value: this is read on every open of the diagnosis panel, and a statement
 * saved, with the query building and row decoding of the columns it carried, is the call's CPU.
 */
export async function getEncounter(
  ctx: AuthedContext,
  input: z.infer<typeof encounterIdInput>,
): Promise<EncounterView> {
  const { viewer } = ctx;
  const [row] = await rawRows<{ r: EncounterJson }>(
    ctx.db,
    ENCOUNTER_BY_ID[locationScopeOf(viewer)]({
      org: viewer.organizationId,
      encounterId: input.encounterId,
      locationIds: scopeLocationIds(viewer),
    }),
  );
  if (!row) throw notFound('That encounter');
  const e = row.r;
  await emitAudit(ctx.db, viewer, {
    action: 'encounter.read',
    entityType: 'encounter',
    entityId: e.id,
    patientId: e.patientId,
    locationId: e.locationId,
  });
  const { patient, diagnosis } = e;
  return {
    id: e.id,
    status: e.status,
    revision: e.revision,
    exam: e.exam,
    startedAt: new Date(e.startedAt),
    updatedAt: new Date(e.updatedAt),
    signedAt: e.signedAt === null ? null : new Date(e.signedAt),
    patient: {
      id: e.patientId,
      name: `${patient.givenName} ${patient.familyName}`,
      sex: patient.sex,
      dateOfBirth: patient.dateOfBirth,
    },
    location: e.location,
    addenda: e.addenda.map((a) => ({ ...a, createdAt: new Date(a.createdAt) })),
    diagnosis: diagnosis && { ...diagnosis, confirmedAt: new Date(diagnosis.confirmedAt) },
  };
}
