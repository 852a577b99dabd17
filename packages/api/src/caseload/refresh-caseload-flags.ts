import type { SQL } from 'drizzle-orm';
import { and, asc, eq, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';
import { CASELOAD_RULES_VERSION, caseloadRank } from '@stride/outcomes';
import { localDateOf } from '@stride/scheduling';

import { flagsForPatients } from './compute-flags';

const { caseloadFlags, patients } = schema;

/**
 * What a cached row was computed under. The suffix covers how compute-flags.ts gathers the
 * rules' inputs; bump it when that changes, as outcomes bumps its part with the rules.
 */
export const CASELOAD_FLAG_RULES = `${CASELOAD_RULES_VERSION}+inputs/1`;

/** Rows per upsert statement: well under PostgreSQL's 65 535 bind parameters. */
const UPSERT_BATCH = 1000;

/**
 * Join condition: a patient's cached flags row (if any) as their current primary clinician's
 * caseload computed it. A row computed for another clinician does not match, so it counts as
 * missing and is computed again (and moved) when the new clinician's caseload is read.
 */
const patientCachedFlags = (): SQL | undefined =>
  and(
    eq(caseloadFlags.organizationId, patients.organizationId),
    eq(caseloadFlags.patientId, patients.id),
    eq(caseloadFlags.clinicianId, patients.primaryClinicianId),
  );

/** A patient's cached row is missing, from an older version, another day or other rules. */
const staleRow = (today: SQL): SQL | undefined =>
  or(
    isNull(caseloadFlags.patientId),
    ne(caseloadFlags.version, patients.flagsVersion),
    ne(caseloadFlags.rules, CASELOAD_FLAG_RULES),
    sql`${caseloadFlags.asOf} is distinct from ${today}`,
  );

/**
 * Whether this patient's cached row needs `refreshCaseloadFlags`, as a column a caller can select
 * beside others (over patients and their cached row): a warm caseload then costs no extra round
 * trip. `today` is the patient's local date as an SQL expression; the caller works it out once
 * per home location (in PostgreSQL's time zone data from the app's clock, not SQL now()): per
 * patient row, the time zone conversion was a third of the caseload statement's time. Should
 * PostgreSQL's date ever disagree with the app's, the refresh finds nothing to do and the answer
 * stays correct.
 */
export function staleCaseloadRow(today: SQL): SQL {
  return sql`coalesce(${staleRow(today)}, false)`;
}

/**
 * Brings the cached flags of the patients matching `where` up to date for today, computing only
 * the rows that are missing or stale: written under an older `patients.flags_version`, on another
 * local day (rules such as "race soon" move with the date, not with writes) or under other rules.
 *
 * Each row is labelled with the version read BEFORE its data. Data read afterwards is at least
 * that new, so the label never claims more than the flags saw; a write that lands in between
 * bumps the version past the label and the row is simply computed again next time. Upserts go
 * in patient id order so two caseload reads refreshing overlapping rows cannot deadlock.
 */
export async function refreshCaseloadFlags(
  db: Database,
  organizationId: string,
  options: {
    where: SQL | undefined;
    locations: readonly { id: string; timeZone: string }[];
    now: Date;
  },
): Promise<number> {
  const { now } = options;
  const homes = options.locations;
  if (homes.length === 0) return 0;
  // Once per time zone, not per location: a group has many locations and few zones.
  const todayIn = new Map<string, string>();
  for (const { timeZone } of homes) {
    if (!todayIn.has(timeZone)) todayIn.set(timeZone, localDateOf(now.getTime(), timeZone));
  }
  const todayAt = new Map(homes.map((l) => [l.id, todayIn.get(l.timeZone) ?? '']));
  const timeZoneAt = new Map(homes.map((l) => [l.id, l.timeZone]));
  // The patient's local today, by home location, so the comparison runs in SQL on every row.
  const today = sql`case ${patients.homeLocationId} ${sql.join(
    [...todayAt].map(([id, day]) => sql`when ${id}::uuid then ${day}::date`),
    sql` `,
  )} end`;
  const stale = await db
    .select({
      id: patients.id,
      // Never null: the where clause below keeps patients with a primary clinician only.
      clinicianId: sql<string>`${patients.primaryClinicianId}`,
      homeLocationId: patients.homeLocationId,
      targetRaceDate: patients.targetRaceDate,
      version: patients.flagsVersion,
    })
    .from(patients)
    .leftJoin(caseloadFlags, patientCachedFlags())
    // Flags belong to a caseload: a patient with no primary clinician is in none.
    .where(and(options.where, isNotNull(patients.primaryClinicianId), staleRow(today)))
    .orderBy(asc(patients.id));
  if (stale.length === 0) return 0;
  const flags = await flagsForPatients(
    db,
    organizationId,
    stale.map((p) => ({
      id: p.id,
      timeZone: timeZoneAt.get(p.homeLocationId) ?? 'UTC',
      targetRaceDate: p.targetRaceDate,
    })),
    now,
  );
  const rows = stale.map((p) => {
    const mine = (flags.get(p.id) ?? []).map(({ id, severity, message }) => ({
      id,
      severity,
      message,
    }));
    return {
      organizationId,
      patientId: p.id,
      clinicianId: p.clinicianId,
      asOf: todayAt.get(p.homeLocationId) ?? localDateOf(now.getTime(), 'UTC'),
      version: p.version,
      rules: CASELOAD_FLAG_RULES,
      flags: mine,
      ...caseloadRank(mine),
      flagIds: mine.map((f) => f.id),
      computedAt: now,
    };
  });
  for (let i = 0; i < rows.length; i += UPSERT_BATCH) {
    await db
      .insert(caseloadFlags)
      .values(rows.slice(i, i + UPSERT_BATCH))
      .onConflictDoUpdate({
        target: [caseloadFlags.organizationId, caseloadFlags.patientId],
        set: {
          clinicianId: sql`excluded.clinician_id`,
          asOf: sql`excluded.as_of`,
          version: sql`excluded.version`,
          rules: sql`excluded.rules`,
          flags: sql`excluded.flags`,
          topSeverity: sql`excluded.top_severity`,
          topFlag: sql`excluded.top_flag`,
          flagCount: sql`excluded.flag_count`,
          flagIds: sql`excluded.flag_ids`,
          computedAt: sql`excluded.computed_at`,
        },
      });
  }
  return rows.length;
}
