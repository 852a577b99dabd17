import { randomBytes } from 'node:crypto';
import { and, asc, eq, gte, lte } from 'drizzle-orm';

import { schema } from '@stride/db';
import { checkSlotBookable, DEFAULT_STEP_MINUTES, localDateOf } from '@stride/scheduling';

import type { WaitlistMatchJob } from './queues';
import type { JobEnvironment } from './send-appointment-email';
import { loadSlotRules } from '../scheduling/load-slot-rules';
import { formatForEmail, writeOutbox } from './write-outbox';

const { patients, waitlistEntries, waitlistOffers } = schema;
/** How long a waitlist offer stays open before the next patient may get the slot. */
export const OFFER_HOURS = 12;

const DAY_MS = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Entries still waiting for the job's location and type whose dates reach [first, last]. */
const waitingFor = (job: WaitlistMatchJob, first: string, last: string) =>
  and(
    eq(waitlistEntries.organizationId, job.organizationId),
    eq(waitlistEntries.locationId, job.locationId),
    eq(waitlistEntries.appointmentTypeId, job.appointmentTypeId),
    eq(waitlistEntries.status, 'waiting'),
    lte(waitlistEntries.fromDate, last),
    gte(waitlistEntries.toDate, first),
  );

async function anyoneWaiting(
  env: JobEnvironment,
  job: WaitlistMatchJob,
  startMs: number,
): Promise<boolean> {
  const [entry] = await env.db
    .select({ id: waitlistEntries.id })
    .from(waitlistEntries)
    .where(waitingFor(job, isoDate(startMs - DAY_MS), isoDate(startMs + DAY_MS)))
    .limit(1);
  return entry !== undefined;
}

/**
 * A slot was freed: offer it to the first patient waiting for that type, location and date,
 * if it is still free now. The emailed link books it (see accept-waitlist-offer).
 */
export async function matchWaitlist(
  env: JobEnvironment,
  job: WaitlistMatchJob,
): Promise<'offered' | 'none'> {
  const startMs = Date.parse(job.start);
  const now = env.now();
  if (startMs <= now.getTime()) return 'none';
  // Most freed slots have nobody waiting for them. Checking the slot loads a location's busy
  // times over its day (the costliest read of a booking), so first ask whether anyone waits
  // for this location and type around that date: within a day of its UTC date covers the
  // location's local date in any time zone. The exact match below still decides.
  if (!(await anyoneWaiting(env, job, startMs))) return 'none';
  const rules = await loadSlotRules(env.db, {
    ...job,
    checkStart: startMs,
    now,
  });
  const check = checkSlotBookable({
    ...rules,
    now: now.getTime(),
    start: startMs,
    stepMinutes: DEFAULT_STEP_MINUTES,
  });
  if (!check.ok) return 'none';
  const localDate = localDateOf(startMs, rules.location.timeZone);
  return env.db.transaction(async (tx) => {
    const [entry] = await tx
      .select({
        id: waitlistEntries.id,
        patientId: waitlistEntries.patientId,
        email: patients.email,
        given: patients.givenName,
      })
      .from(waitlistEntries)
      .innerJoin(
        patients,
        and(
          eq(patients.organizationId, waitlistEntries.organizationId),
          eq(patients.id, waitlistEntries.patientId),
        ),
      )
      .where(waitingFor(job, localDate, localDate))
      .orderBy(asc(waitlistEntries.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!entry?.email) return 'none';
    const token = randomBytes(24).toString('base64url');
    await tx.insert(waitlistOffers).values({
      organizationId: job.organizationId,
      entryId: entry.id,
      startsAt: new Date(startMs),
      token,
      expiresAt: new Date(Math.min(startMs, now.getTime() + OFFER_HOURS * 3_600_000)),
    });
    await tx
      .update(waitlistEntries)
      .set({ status: 'offered' })
      .where(
        and(
          eq(waitlistEntries.organizationId, job.organizationId),
          eq(waitlistEntries.id, entry.id),
        ),
      );
    const when = formatForEmail(new Date(startMs), rules.location.timeZone);
    await writeOutbox(tx, {
      organizationId: job.organizationId,
      kind: 'waitlist.offer',
      dedupeKey: `waitlist-offer:${entry.id}:${job.start}`,
      toEmail: entry.email,
      patientId: entry.patientId,
      subject: `A ${rules.appointmentType.name.toLowerCase()} slot opened: ${when}`,
      body: [
        `Hello ${entry.given},`,
        '',
        `A time you were waiting for has opened at ${rules.location.name}: ${rules.appointmentType.name}, ${when}.`,
        `Book it with one click (if nobody else has taken it first): ${env.appUrl}/portal/waitlist/${token}`,
        `This offer is open for ${OFFER_HOURS} hours.`,
      ].join('\n'),
    });
    return 'offered';
  });
}
