import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { z } from 'zod';

import type { Viewer } from '@stride/auth';
import { rawRows, schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { emitAudit } from '../audit';
import { notFound } from '../errors';
import { renderedWithPlaceholders } from '../rendered-once';
import { inLocationScope, locationScopeOf, perLocationScope, scopeLocationIds } from '../scope';

const { locations, patients, users } = schema;

export const getPatientChartInput = z
  .object({ patientId: z.uuid('That is not a patient id.') })
  .strict();
export type GetPatientChartInput = z.infer<typeof getPatientChartInput>;

export const patientDetails = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  sex: z.enum(['female', 'male', 'other', 'unknown']),
  dateOfBirth: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  weeklyDistanceKm: z.number().nullable(),
  targetRace: z.string().nullable(),
  targetRaceDate: z.string().nullable(),
  location: z.object({ id: z.string(), name: z.string(), timeZone: z.string() }),
  primaryClinician: z.object({ id: z.string(), name: z.string() }).nullable(),
  hasPortalAccount: z.boolean(),
});
export type PatientDetails = z.infer<typeof patientDetails>;

/**
 * One patient's record as the chart shows it (the same shape serves the portal), as one JSON
 * value in `PatientDetails`' shape; the statement is completed by `where` and rendered once
 * per shape. The chart is opened on every visit to a patient: built from the schema with
 * drizzle's select on each call, rendering it and the audit row was a quarter of the call's CPU.
 */
const selectDetails = (where: SQL) => sql`select json_build_object(
    'id', ${patients.id}, 'givenName', ${patients.givenName}, 'familyName', ${patients.familyName},
    'sex', ${patients.sex}, 'dateOfBirth', ${patients.dateOfBirth}, 'email', ${patients.email},
    'phone', ${patients.phone}, 'weeklyDistanceKm', ${patients.weeklyDistanceKm},
    'targetRace', ${patients.targetRace}, 'targetRaceDate', ${patients.targetRaceDate},
    'location', json_build_object(
      'id', ${locations.id}, 'name', ${locations.name}, 'timeZone', ${locations.timeZone}),
    'primaryClinician', case when ${users.name} <> ''
      then json_build_object('id', ${users.id}, 'name', ${users.name}) end,
    'hasPortalAccount', ${patients.userId} is not null) as r
  from ${patients}
  join ${locations}
    on ${locations.organizationId} = ${patients.organizationId}
   and ${locations.id} = ${patients.homeLocationId}
  left join ${users} on ${users.id} = ${patients.primaryClinicianId}
  where ${patients.organizationId} = ${sql.placeholder('org')} and ${where}`;

/** The chart's statement per location scope, and the portal's own record's. */
const DETAILS = {
  chart: perLocationScope((scope) =>
    renderedWithPlaceholders(
      selectDetails(
        sql`${patients.id} = ${sql.placeholder('patientId')}
          and ${inLocationScope(scope, patients.homeLocationId, sql.placeholder('locationIds'))}`,
      ),
    ),
  ),
  own: renderedWithPlaceholders(
    selectDetails(sql`${patients.userId} = ${sql.placeholder('userId')}`),
  ),
};

/** A patient's record, or undefined when the statement finds none. */
export async function readPatientDetails(
  ctx: AuthedContext,
  statement: SQL,
): Promise<PatientDetails | undefined> {
  const [row] = await rawRows<{ r: PatientDetails }>(ctx.db, statement);
  return row?.r;
}

/** The signed-in patient's own record, by their account (getMyRecord). */
export const ownDetailsStatement = (viewer: Viewer): SQL =>
  DETAILS.own({ org: viewer.organizationId, userId: viewer.userId });

/**
 * Opens a patient's chart. A patient outside the viewer's organisation or locations is NOT_FOUND
 * (never FORBIDDEN: that would confirm the record exists). Every opening is audited; no
 * transaction of its own: the call already runs in one, and a failed audit insert fails the read.
 */
export async function getPatientChart(
  ctx: AuthedContext,
  input: GetPatientChartInput,
): Promise<PatientDetails> {
  const { viewer } = ctx;
  const details = await readPatientDetails(
    ctx,
    DETAILS.chart[locationScopeOf(viewer)]({
      org: viewer.organizationId,
      patientId: input.patientId,
      locationIds: scopeLocationIds(viewer),
    }),
  );
  if (!details) throw notFound('That patient');
  await emitAudit(ctx.db, viewer, {
    action: 'patient.chart.read',
    entityType: 'patient',
    entityId: details.id,
    patientId: details.id,
    locationId: details.location.id,
  });
  return details;
}
