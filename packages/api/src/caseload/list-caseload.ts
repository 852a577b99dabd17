import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';
import { FLAG_IDS, flagIdSchema, SEVERITIES } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import { inViewerLocations } from '../scope';
import {
  anyStaleCaseloadFlags,
  patientCachedFlags,
  patientHomeLocation,
  refreshCaseloadFlags,
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

/**
 * A clinician's caseload is their own patients; the front desk sees every patient at the
 * locations they work at. Both are limited to the viewer's location scope. Sorting, filtering
 * by flag and paging run in SQL over the cached flags (refresh-caseload-flags.ts), so a request
 * costs one page, not the whole caseload.
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
  // The staleness check rides along with the locations (one round trip when the cache is warm).
  const myLocations = await db
    .select({
      id: locations.id,
      name: locations.name,
      timeZone: locations.timeZone,
      stale: clinician ? anyStaleCaseloadFlags(db, inCaseload, now).mapWith(Boolean) : sql`false`,
    })
    .from(locations)
    .where(and(eq(locations.organizationId, org), inViewerLocations(viewer, locations.id)))
    .orderBy(asc(locations.name));
  if (clinician && myLocations[0]?.stale === true) {
    await refreshCaseloadFlags(db, org, {
      where: inCaseload,
      locations: myLocations,
      now,
    });
  }
  const byName = [asc(patients.familyName), asc(patients.givenName), asc(patients.id)];
  // The rank columns hold outcomes' caseloadRank, so this is compareCaseloadEntries' order.
  const byFlags = [
    asc(sql`coalesce(${caseloadFlags.topSeverity}, ${SEVERITIES.length})`),
    asc(sql`coalesce(${caseloadFlags.topFlag}, ${FLAG_IDS.length})`),
    desc(sql`coalesce(${caseloadFlags.flagCount}, 0)`),
  ];
  // The front desk is shown no flags, so no patient of theirs has the one asked for.
  const withFlag =
    input.flag && (clinician ? sql`${input.flag} = any(${caseloadFlags.flagIds})` : sql`false`);
  const where = and(inCaseload, withFlag);
  const rows = await db
    .select({
      id: patients.id,
      givenName: patients.givenName,
      familyName: patients.familyName,
      sex: patients.sex,
      dateOfBirth: patients.dateOfBirth,
      locationId: locations.id,
      locationName: locations.name,
      weeklyDistanceKm: patients.weeklyDistanceKm,
      targetRace: patients.targetRace,
      targetRaceDate: patients.targetRaceDate,
      flags: caseloadFlags.flags,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(patients)
    .innerJoin(locations, patientHomeLocation())
    .leftJoin(caseloadFlags, and(patientCachedFlags(), clinician ? undefined : sql`false`))
    .where(where)
    .orderBy(...(clinician && input.sort !== 'name' ? [...byFlags, ...byName] : byName))
    .limit(CASELOAD_PAGE_SIZE)
    .offset((page - 1) * CASELOAD_PAGE_SIZE);
  // Past the last page there is no row to carry the window count.
  const total = rows[0]?.total ?? (page === 1 ? 0 : await countCaseload(ctx, where));
  return {
    scope: clinician ? 'mine' : 'locations',
    locations: myLocations.map(({ id, name }) => ({ id, name })),
    page,
    pageSize: CASELOAD_PAGE_SIZE,
    total,
    patients: rows.map(({ locationId, locationName, flags, total: _total, ...p }) => ({
      ...p,
      location: { id: locationId, name: locationName },
      flags: z.array(flagOutput).parse(flags ?? []),
    })),
  };
}

async function countCaseload(ctx: AuthedContext, where: ReturnType<typeof and>): Promise<number> {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(patients)
    .leftJoin(caseloadFlags, patientCachedFlags())
    .where(where);
  return row?.n ?? 0;
}
