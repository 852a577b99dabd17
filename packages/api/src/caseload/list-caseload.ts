import type { SQL } from 'drizzle-orm';
import { and, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';

import { rawRows, schema } from '@stride/db';
import { FLAG_IDS, flagIdSchema, SEVERITIES } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import type { PlaceholderValues } from '../rendered-once';
import type { LocationScope } from '../scope';
import { renderedOnce, renderedWithPlaceholders } from '../rendered-once';
import { inLocationScope, locationScopeOf, scopeLocationIds } from '../scope';
import { refreshCaseloadFlags, staleCaseloadRow } from './refresh-caseload-flags';

const { caseloadFlags, locations, patients } = schema;

export const CASELOAD_PAGE_SIZE = 50;

export const listCaseloadInput = z
  .object({
    locationId: z.uuid('Choose a location from the list.').optional(),
    search: z.string().trim().max(100, 'Search for at most 100 characters.').optional(),
    /** Only patients with this caseload flag (clinicians). */
    flag: flagIdSchema.optional(),
    /** Flags first (most urgent on top) or alphabetical. */
    sort: z.enum(['flags', 'name']).default('flags'),
    /** 1-based page of `CASELOAD_PAGE_SIZE` patients. */
    page: z
      .number()
      .int('Choose a whole page number.')
      .min(1, 'Pages start at 1.')
      .max(10_000, 'Choose a page of at most 10 000.')
      .default(1),
  })
  .strict();
export type ListCaseloadInput = z.input<typeof listCaseloadInput>;

const flagOutput = z.object({
  id: flagIdSchema,
  severity: z.enum(SEVERITIES),
  message: z.string(),
});

export const listCaseloadOutput = z.object({
  scope: z.enum(['mine', 'locations']),
  locations: z.array(z.object({ id: z.string(), name: z.string() })),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Patients matching the filters on every page. */
  total: z.number().int(),
  patients: z.array(
    z.object({
      id: z.string(),
      givenName: z.string(),
      familyName: z.string(),
      sex: z.enum(['female', 'male', 'other', 'unknown']),
      dateOfBirth: z.string(),
      location: z.object({ id: z.string(), name: z.string() }),
      weeklyDistanceKm: z.number().nullable(),
      targetRace: z.string().nullable(),
      targetRaceDate: z.string().nullable(),
      flags: z.array(flagOutput),
    }),
  ),
});
export type ListCaseloadOutput = z.infer<typeof listCaseloadOutput>;

/** Escapes LIKE wildcards so a search for "50%" matches literally. */
const likeTerm = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The statement's one column, as PostgreSQL's JSON spells it. */
interface CaseloadJson {
  locations: { id: string; name: string; timeZone: string }[];
  stale: boolean;
  total: number;
  patients: ListCaseloadOutput['patients'];
}

/**
 * What a caseload row carries until its page is chosen: its id, sort keys and flag ids. The
 * shown columns are read for the page's rows only (`patientJson`): a clinician has ~500
 * patients and a page shows 50, and carrying every column of all 500 through the sort was a
 * third of the statement's time.
 */
const caseloadColumns = renderedOnce(sql`${patients.id} as id,
  ${patients.givenName} as given_name, ${patients.familyName} as family_name,
  coalesce(${caseloadFlags.topSeverity}, ${sql.raw(String(SEVERITIES.length))}) as s1,
  coalesce(${caseloadFlags.topFlag}, ${sql.raw(String(FLAG_IDS.length))}) as s2,
  coalesce(${caseloadFlags.flagCount}, 0) as s3`);

/**
 * The caseload's cached rows, read by clinician in one range of `caseload_flags_clinician_idx`
 * (migration 0020), which carries every column here but the flag ids. The statement puts this
 * behind `offset 0` so the planner keeps it a subquery it reads once and joins by hash: left to
 * itself, it probed the table once per patient (500 probes, 2,000 buffer visits a read). The
 * subquery is named as the table, so the columns above and `staleCaseloadRow` read from it
 * unchanged. The flag ids, which the index does not carry, are read only to filter by a flag.
 */
const cachedRowsFrom = (withFlagIds: boolean) =>
  renderedOnce(sql`(select ${caseloadFlags.patientId}, ${caseloadFlags.version},
    ${caseloadFlags.rules}, ${caseloadFlags.asOf}, ${caseloadFlags.topSeverity},
    ${caseloadFlags.topFlag}, ${caseloadFlags.flagCount}${sql.raw(withFlagIds ? ', flag_ids' : '')}
    from ${caseloadFlags} where`);
const CACHED_ROWS_FROM = {
  withFlagIds: cachedRowsFrom(true),
  withoutFlagIds: cachedRowsFrom(false),
};

const pagePatient = alias(patients, 'page_patient');
const pageFlags = alias(caseloadFlags, 'page_flags');

/** A page row as the API answers it, from the page's own reads of its rows. */
const patientJson = renderedOnce(sql`json_build_object(
  'id', ${pagePatient.id}, 'givenName', ${pagePatient.givenName},
  'familyName', ${pagePatient.familyName}, 'sex', ${pagePatient.sex},
  'dateOfBirth', ${pagePatient.dateOfBirth},
  'location', json_build_object('id', page_home.id, 'name', page_home.name),
  'weeklyDistanceKm', ${pagePatient.weeklyDistanceKm}, 'targetRace', ${pagePatient.targetRace},
  'targetRaceDate', ${pagePatient.targetRaceDate},
  'flags', coalesce(${pageFlags.flags}, '[]'::jsonb))`);

/**
 * The page's rows joined to what they show: the patient's home location (one of the statement's
 * `homes`) and, for a clinician's own caseload only, the cached flags (the front desk is shown
 * none, as in the `caseload` CTE).
 */
const pageJoinsFor = (withFlags: boolean) =>
  renderedOnce(sql`join ${patients} ${pagePatient} on ${pagePatient.id} = page.id
  join homes page_home on page_home.id = ${pagePatient.homeLocationId}
  left join ${caseloadFlags} ${pageFlags}
    on ${pageFlags.organizationId} = ${pagePatient.organizationId}
   and ${pageFlags.patientId} = ${pagePatient.id}${sql.raw(withFlags ? '' : ' and false')}`);
const pageJoins = { withFlags: pageJoinsFor(true), withoutFlags: pageJoinsFor(false) };

// The sort columns hold outcomes' caseloadRank, so this is compareCaseloadEntries' order. The
// page is sorted inside (a top-N sort) and its JSON again by the same keys, as `page.` columns.
const orderOf = (columns: string[]) => ({
  page: sql.raw(columns.join(', ')),
  json: sql.raw(columns.map((column) => `page.${column}`).join(', ')),
});
const ORDER = {
  flagsFirst: orderOf(['s1', 's2', 's3 desc', 'family_name', 'given_name', 'id']),
  byName: orderOf(['family_name', 'given_name', 'id']),
};

/**
 * What decides the caseload statement's text, as opposed to its values: who reads (a clinician
 * reads their own caseload with flags, the front desk every patient at their locations without),
 * which filters are set, the sort and the viewer's location scope. There are at most 96 shapes.
 */
interface CaseloadShape {
  clinician: boolean;
  flag: boolean;
  byName: boolean;
  search: boolean;
  locationId: boolean;
  scope: LocationScope;
}

/** Each filter's value, or the placeholder for it in a shape's statement. */
interface CaseloadValues {
  org: unknown;
  userId: unknown;
  locationIds: unknown;
  locationId: unknown;
  search: unknown;
}

const PLACEHOLDERS = {
  org: sql.placeholder('org'),
  userId: sql.placeholder('userId'),
  locationIds: sql.placeholder('locationIds'),
  locationId: sql.placeholder('locationId'),
  search: sql.placeholder('search'),
} satisfies CaseloadValues;

/**
 * The patients in the caseload but for the viewer's location scope, which the statement applies
 * by joining `homes` (the viewer's locations) and the refresh adds itself.
 * Both in the statement, the planner multiplied their selectivities, expected one patient where
 * there are 500, and read every cached row once per patient (80 ms a call instead of 2).
 */
const inCaseload = (shape: CaseloadShape, v: CaseloadValues): SQL | undefined =>
  and(
    sql`${patients.organizationId} = ${sql.param(v.org)}`,
    shape.clinician ? sql`${patients.primaryClinicianId} = ${sql.param(v.userId)}` : undefined,
    shape.locationId ? sql`${patients.homeLocationId} = ${sql.param(v.locationId)}` : undefined,
    shape.search
      ? sql`(${patients.givenName} ilike ${sql.param(v.search)}
          or ${patients.familyName} ilike ${sql.param(v.search)})`
      : undefined,
  );

/**
 * The caseload statement of one shape, with every value of the call a placeholder. The viewer's
 * locations, whether any cached row needs refreshing, the total and the page come back as one
 * JSON value: a warm caseload is a single round trip.
 */
function caseloadStatement(shape: CaseloadShape): SQL {
  const v = PLACEHOLDERS;
  const { clinician } = shape;
  const stale = clinician ? staleCaseloadRow(sql.raw('homes.today')) : sql`false`;
  // Only a clinician's own caseload has flags to filter by: the front desk is shown none.
  const byFlag = clinician && shape.flag;
  // A clinician's own cached rows; the front desk reads none.
  const cachedRows = sql`${byFlag ? CACHED_ROWS_FROM.withFlagIds : CACHED_ROWS_FROM.withoutFlagIds} ${
    clinician
      ? sql`${caseloadFlags.organizationId} = ${v.org}
          and ${caseloadFlags.clinicianId} = ${v.userId}`
      : sql`false`
  } offset 0) ${caseloadFlags}`;
  // The front desk is shown no flags, so no patient of theirs has the one asked for.
  const withFlag = shape.flag
    ? clinician
      ? sql`${sql.placeholder('flag')} = any(flag_ids)`
      : sql`false`
    : sql`true`;
  const order = clinician && !shape.byName ? ORDER.flagsFirst : ORDER.byName;
  // `homes`: the viewer's locations, each with its local today worked out once (not per patient).
  return sql`with homes as materialized (
      select ${locations.id} as id, ${locations.name} as name, ${locations.timeZone} as time_zone,
        (${sql.placeholder('now')}::timestamptz at time zone ${locations.timeZone})::date as today
      from ${locations}
      where ${locations.organizationId} = ${v.org}
        and ${inLocationScope(shape.scope, locations.id, v.locationIds)}
    ), caseload as (
      select ${caseloadColumns}${byFlag ? sql`, flag_ids` : sql``}, ${stale} as stale
      from ${patients}
      join homes on homes.id = ${patients.homeLocationId}
      left join ${cachedRows} on ${caseloadFlags.patientId} = ${patients.id}
      where ${inCaseload(shape, v)}
    )
    select json_build_object(
      'locations', (
        select coalesce(json_agg(json_build_object(
            'id', id, 'name', name, 'timeZone', time_zone) order by name), '[]'::json)
        from homes),
      'stale', (select coalesce(bool_or(stale), false) from caseload),
      'total', (select count(*) from caseload where ${withFlag}),
      'patients', (
        select coalesce(json_agg(${patientJson} order by ${order.json}), '[]'::json)
        from (select id, s1, s2, s3, family_name, given_name from caseload where ${withFlag}
              order by ${order.page} limit ${CASELOAD_PAGE_SIZE}
              offset ${sql.placeholder('offset')}) page
        ${clinician ? pageJoins.withFlags : pageJoins.withoutFlags}
        where ${pagePatient.organizationId} = ${v.org})
    ) as r`;
}

/** Each shape's statement, rendered once (renderedWithPlaceholders); bounded by the shapes. */
const statements = new Map<string, (values: PlaceholderValues) => SQL>();

function statementOf(shape: CaseloadShape): (values: PlaceholderValues) => SQL {
  const { clinician, flag, byName, search, locationId, scope } = shape;
  const key = `${+clinician}${+flag}${+byName}${+search}${+locationId}${scope}`;
  let bind = statements.get(key);
  if (!bind) {
    bind = renderedWithPlaceholders(caseloadStatement(shape));
    statements.set(key, bind);
  }
  return bind;
}

/**
 * A clinician's caseload is their own patients; the front desk sees every patient at the
 * locations they work at. Both are limited to the viewer's location scope. Sorting, filtering
 * by flag and paging run in SQL over the cached flags (refresh-caseload-flags.ts), so a request
 * costs one page, not the whole caseload, in one statement (caseloadStatement). Only when a
 * cached row is stale is the statement run again, after the refresh.
 */
export async function listCaseload(
  ctx: AuthedContext,
  input: ListCaseloadInput,
): Promise<ListCaseloadOutput> {
  const { viewer, db } = ctx;
  const page = input.page ?? 1;
  // Flags are clinical judgements: computed for, and shown to, a clinician's own caseload only.
  const clinician = viewer.role === 'clinician';
  const shape: CaseloadShape = {
    clinician,
    flag: input.flag !== undefined,
    byName: input.sort === 'name',
    search: Boolean(input.search),
    locationId: input.locationId !== undefined,
    scope: locationScopeOf(viewer),
  };
  const values = {
    org: viewer.organizationId,
    userId: viewer.userId,
    locationIds: scopeLocationIds(viewer),
    locationId: input.locationId ?? null,
    search: input.search ? likeTerm(input.search) : null,
  } satisfies CaseloadValues;
  const now = ctx.now();
  const statement = statementOf(shape)({
    ...values,
    flag: input.flag ?? null,
    now: now.toISOString(),
    offset: (page - 1) * CASELOAD_PAGE_SIZE,
  });
  let [row] = await rawRows<{ r: CaseloadJson }>(db, statement);
  if (clinician && row?.r.stale) {
    await refreshCaseloadFlags(db, viewer.organizationId, {
      where: and(
        inLocationScope(shape.scope, patients.homeLocationId, values.locationIds),
        inCaseload(shape, values),
      ),
      locations: row.r.locations,
      now,
    });
    [row] = await rawRows<{ r: CaseloadJson }>(db, statement);
  }
  if (!row) throw new Error('the caseload statement returned no row');
  const { locations: mine, total, patients: shown } = row.r;
  return {
    scope: clinician ? 'mine' : 'locations',
    locations: mine.map(({ id, name }) => ({ id, name })),
    page,
    pageSize: CASELOAD_PAGE_SIZE,
    total,
    patients: shown,
  };
}
