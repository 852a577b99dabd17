import { and, asc, eq, ilike, or } from 'drizzle-orm';
import { z } from 'zod';

import type { CaseloadFlag } from '@stride/outcomes';
import { schema } from '@stride/db';
import { flagIdSchema, SEVERITIES, sortCaseload } from '@stride/outcomes';

import type { AuthedContext } from '../context';
import { inViewerLocations } from '../scope';
import { flagsForPatients } from './compute-flags';

const { locations, patients } = schema;

export const listCaseloadInput = z
  .object({
    locationId: z.uuid('Choose a location from the list.').optional(),
    search: z.string().trim().max(100, 'Search for at most 100 characters.').optional(),
    /** Only patients with this caseload flag (clinicians). */
    flag: flagIdSchema.optional(),
    /** Flags first (most urgent on top) or alphabetical. */
    sort: z.enum(['flags', 'name']).default('flags'),
  })
  .strict();
export type ListCaseloadInput = z.input<typeof listCaseloadInput>;

export const listCaseloadOutput = z.object({
  scope: z.enum(['mine', 'locations']),
  locations: z.array(z.object({ id: z.string(), name: z.string() })),
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
      flags: z.array(
        z.object({ id: flagIdSchema, severity: z.enum(SEVERITIES), message: z.string() }),
      ),
    }),
  ),
});
export type ListCaseloadOutput = z.infer<typeof listCaseloadOutput>;

/** Escapes LIKE wildcards so a search for "50%" matches literally. */
const likeTerm = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A clinician's caseload is their own patients; the front desk sees every patient at the
 * locations they work at. Both are limited to the viewer's location scope.
 */
export async function listCaseload(
  ctx: AuthedContext,
  input: ListCaseloadInput,
): Promise<ListCaseloadOutput> {
  const { viewer, db } = ctx;
  const org = viewer.organizationId;
  const myLocations = await db
    .select({ id: locations.id, name: locations.name })
    .from(locations)
    .where(and(eq(locations.organizationId, org), inViewerLocations(viewer, locations.id)))
    .orderBy(asc(locations.name));
  const search = input.search ? likeTerm(input.search) : undefined;
  const rows = await db
    .select({
      id: patients.id,
      givenName: patients.givenName,
      familyName: patients.familyName,
      sex: patients.sex,
      dateOfBirth: patients.dateOfBirth,
      locationId: locations.id,
      locationName: locations.name,
      timeZone: locations.timeZone,
      weeklyDistanceKm: patients.weeklyDistanceKm,
      targetRace: patients.targetRace,
      targetRaceDate: patients.targetRaceDate,
    })
    .from(patients)
    .innerJoin(
      locations,
      and(
        eq(locations.organizationId, patients.organizationId),
        eq(locations.id, patients.homeLocationId),
      ),
    )
    .where(
      and(
        eq(patients.organizationId, org),
        inViewerLocations(viewer, patients.homeLocationId),
        viewer.role === 'clinician' ? eq(patients.primaryClinicianId, viewer.userId) : undefined,
        input.locationId ? eq(patients.homeLocationId, input.locationId) : undefined,
        search
          ? or(ilike(patients.givenName, search), ilike(patients.familyName, search))
          : undefined,
      ),
    )
    .orderBy(asc(patients.familyName), asc(patients.givenName))
    .limit(500);
  // Flags are clinical judgements: computed for a clinician's own caseload only.
  const flags =
    viewer.role === 'clinician'
      ? await flagsForPatients(
          db,
          org,
          rows.map((r) => ({ id: r.id, timeZone: r.timeZone, targetRaceDate: r.targetRaceDate })),
          ctx.now(),
        )
      : new Map<string, CaseloadFlag[]>();
  const entries = rows
    .map(({ locationId, locationName, timeZone: _tz, ...p }, index) => ({
      ...p,
      // The sort breaks ties on this key: the SQL name order, padded so it compares as text.
      patientId: String(index).padStart(6, '0'),
      location: { id: locationId, name: locationName },
      flags: flags.get(p.id) ?? [],
    }))
    .filter((p) => !input.flag || p.flags.some((f) => f.id === input.flag));
  // Equal flags keep the alphabetical order (see the tie-break key above).
  const ordered = input.sort === 'flags' ? sortCaseload(entries) : entries;
  return {
    scope: viewer.role === 'clinician' ? 'mine' : 'locations',
    locations: myLocations,
    patients: ordered.map(({ patientId: _id, flags: f, ...p }) => ({
      ...p,
      flags: f.map(({ id, severity, message }) => ({ id, severity, message })),
    })),
  };
}
