import { and, eq, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';

import { rawRows, schema } from '@stride/db';
import { FLAG_IDS, flagIdSchema, SEVERITIES } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import { renderedOnce } from '../rendered-once';
import { inViewerLocations } from '../scope';
import {
  patientCachedFlags,
  patientHomeLocation,
  refreshCaseloadFlags,
  staleCaseloadRow,
} from './refresh-caseload-flags';

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

/** Each caseload row's columns, fixed, so rendered to text once (see renderedOnce). */
const caseloadColumns = renderedOnce(sql`${patients.id} as id,
  ${patients.givenName} as given_name, ${patients.familyName} as family_name,
  ${patients.sex} as sex, ${patients.dateOfBirth} as date_of_birth,
  ${locations.id} as location_id, ${locations.name} as location_name,
  ${patients.weeklyDistanceKm} as weekly_distance_km, ${patients.targetRace} as target_race,
  ${patients.targetRaceDate} as target_race_date, ${caseloadFlags.flags} as flags,
  ${caseloadFlags.topSeverity} as top_severity, ${caseloadFlags.topFlag} as top_flag,
  ${caseloadFlags.flagCount} as flag_count, ${caseloadFlags.flagIds} as flag_ids`);

/** A page row as the API answers it, from the `caseload` CTE's columns. */
const patientJson = renderedOnce(sql`json_build_object(
  'id', id, 'givenName', given_name, 'familyName', family_name, 'sex', sex,
  'dateOfBirth', date_of_birth,
  'location', json_build_object('id', location_id, 'name', location_name),
  'weeklyDistanceKm', weekly_distance_km, 'targetRace', target_race,
  'targetRaceDate', target_race_date, 'flags', coalesce(flags, '[]'::jsonb))`);

// The rank columns hold outcomes' caseloadRank, so this is compareCaseloadEntries' order.
const byFlags = sql.raw(
  `coalesce(top_severity, ${SEVERITIES.length}), coalesce(top_flag, ${FLAG_IDS.length}), coalesce(flag_count, 0) desc, `,
);
const byName = sql.raw('family_name, given_name, id');

/**
 * A clinician's caseload is their own patients; the front desk sees every patient at the
 * locations they work at. Both are limited to the viewer's location scope. Sorting, filtering
 * by flag and paging run in SQL over the cached flags (refresh-caseload-flags.ts), so a request
 * costs one page, not the whole caseload.
 *
 * The viewer's locations, whether any cached row needs refreshing, the total and the page come
 * back from one statement as one JSON value: a warm caseload is a single round trip, read on
 * every open of a clinician's home page. Only when a row is stale is the statement run again,
 * after the refresh.
 */
export async function listCaseload(
  ctx: AuthedContext,
  input: ListCaseloadInput,
): Promise<ListCaseloadOutput> {
  const { viewer, db } = ctx;
  const org = viewer.organizationId;
  const page = input.page ?? 1;
  // Flags are clinical judgements: computed for, and shown to, a clinician's own caseload only.
  const clinician = viewer.role === 'clinician';
  const search = input.search ? likeTerm(input.search) : undefined;
  const inCaseload = and(
    eq(patients.organizationId, org),
    inViewerLocations(viewer, patients.homeLocationId),
    clinician ? eq(patients.primaryClinicianId, viewer.userId) : undefined,
    input.locationId ? eq(patients.homeLocationId, input.locationId) : undefined,
    search ? or(ilike(patients.givenName, search), ilike(patients.familyName, search)) : undefined,
  );
  const now = ctx.now();
  const stale = clinician ? staleCaseloadRow(now) : sql`false`;
  // The front desk is shown no flags, so no patient of theirs has the one asked for.
  const withFlag = input.flag
    ? clinician
      ? sql`${input.flag} = any(flag_ids)`
      : sql`false`
    : sql`true`;
  const order = clinician && input.sort !== 'name' ? sql`${byFlags}${byName}` : byName;
  const statement = sql`with caseload as (
      select ${caseloadColumns}, ${stale} as stale
      from ${patients}
      join ${locations} on ${patientHomeLocation()}
      left join ${caseloadFlags} on ${and(patientCachedFlags(), clinician ? undefined : sql`false`)}
      where ${inCaseload}
    ), shown as (
      select * from caseload where ${withFlag}
    )
    select json_build_object(
      'locations', (
        select coalesce(json_agg(json_build_object(
            'id', ${locations.id}, 'name', ${locations.name}, 'timeZone', ${locations.timeZone})
          order by ${locations.name}), '[]'::json)
        from ${locations}
        where ${and(eq(locations.organizationId, org), inViewerLocations(viewer, locations.id))}),
      'stale', (select coalesce(bool_or(stale), false) from caseload),
      'total', (select count(*) from shown),
      'patients', (
        select coalesce(json_agg(${patientJson} order by n), '[]'::json)
        from (select *, row_number() over (order by ${order}) as n from shown
              order by ${order} limit ${CASELOAD_PAGE_SIZE}
              offset ${(page - 1) * CASELOAD_PAGE_SIZE}) p)
    ) as r`;
  let [row] = await rawRows<{ r: CaseloadJson }>(db, statement);
  if (clinician && row?.r.stale) {
    await refreshCaseloadFlags(db, org, { where: inCaseload, locations: row.r.locations, now });
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
