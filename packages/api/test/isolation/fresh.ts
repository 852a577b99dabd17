import { and, desc, eq, isNull } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import type { Site } from './world';
import { runOrgExport } from '../../src/exports/run-org-export';
import { makeWaitlistOffer } from '../audit-world';
import { TEST_NOW } from '../helpers';

const { dataExports, followUpRequests, plans } = schema;

// Rows a call may use up (an open encounter, an active plan, a free slot), made by the site's own
// people through the API or, where no procedure makes them, straight in the table.

/**
 * A start nobody at the site holds yet: two a day from 1 December, well inside the horizon.
 * Counted per site, since each has its own location, rooms and clinician.
 */
export function freeStart(site: Site): string {
  const n = Number(site.state.get('slotsTaken') ?? 0);
  site.state.set('slotsTaken', n + 1);
  const day = new Date(Date.UTC(2026, 11, 1 + Math.floor(n / 2)));
  const hh = n % 2 === 0 ? '09:00' : '13:00';
  return new Date(`${day.toISOString().slice(0, 10)}T${hh}:00-08:00`).toISOString();
}

export const typeOf = (site: Site): string => {
  const id = site.types.follow_up;
  if (!id) throw new Error('the site has no follow-up type');
  return id;
};

export async function openEncounter(site: Site) {
  const api = site.as('clinician');
  const { id } = await api.encounters.start({ patientId: site.patient.id });
  const e = await api.encounters.get({ encounterId: id });
  return { encounterId: id, revision: e.revision, exam: e.exam };
}

/** The patient's active plan; when the latest was stopped, its next version, active. */
export async function activePlan(db: Database, site: Site) {
  const org = site.org.id;
  const [latest] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.organizationId, org), eq(plans.patientId, site.patient.id)))
    .orderBy(desc(plans.version))
    .limit(1);
  if (!latest) throw new Error('the preparation cases made no plan');
  const itemKey = (latest.content as { items: { key: string }[] }).items[0]?.key ?? '';
  if (latest.status === 'active') return { planId: latest.id, itemKey };
  const [next] = await db
    .insert(plans)
    .values({
      organizationId: org,
      patientId: site.patient.id,
      diagnosisId: latest.diagnosisId,
      version: latest.version + 1,
      content: latest.content,
      startDate: latest.startDate,
      raceDate: '2027-03-14',
      createdBy: latest.createdBy,
    })
    .returning({ id: plans.id });
  if (!next) throw new Error('no plan inserted');
  return { planId: next.id, itemKey };
}

/** A one-questionnaire check-in due today on the active plan, open for answers. */
export async function dueFollowUp(db: Database, site: Site): Promise<string> {
  const { planId } = await activePlan(db, site);
  const [row] = await db
    .insert(followUpRequests)
    .values({
      organizationId: site.org.id,
      patientId: site.patient.id,
      planId,
      key: `isolation-${crypto.randomUUID()}`,
      reasons: ['week-2'],
      instrumentIds: ['nprs'],
      dueDate: TEST_NOW.toISOString().slice(0, 10),
    })
    .returning({ id: followUpRequests.id });
  if (!row) throw new Error('no follow-up inserted');
  return row.id;
}

export async function bookedAppointment(site: Site): Promise<string> {
  const booked = await site.as('desk').scheduling.book({
    patientId: site.patient.id,
    locationId: site.loc.id,
    appointmentTypeId: typeOf(site),
    start: freeStart(site),
    idempotencyKey: crypto.randomUUID(),
  });
  return booked.id;
}

/** A patient's 5-minute hold, for confirming. */
export async function heldAppointment(site: Site): Promise<string> {
  const held = await site.as('patient').scheduling.book({
    locationId: site.loc.id,
    appointmentTypeId: typeOf(site),
    start: freeStart(site),
    idempotencyKey: crypto.randomUUID(),
  });
  return held.id;
}

export const waitlistOffer = (db: Database, site: Site): Promise<string> =>
  makeWaitlistOffer(db, site, freeStart(site));

export async function waitlistEntry(site: Site): Promise<string> {
  const entry = await site.as('patient').waitlist.join({
    locationId: site.loc.id,
    appointmentTypeId: typeOf(site),
    fromDate: '2027-01-04',
    toDate: '2027-01-08',
  });
  return entry.id;
}

export async function timeOff(site: Site): Promise<string> {
  const off = await site.as('admin').availability.addException({
    clinicianId: site.people.clinician.id,
    kind: 'time_off',
    date: '2027-02-01',
  });
  return off.id;
}

export async function room(site: Site): Promise<string> {
  const added = await site.as('admin').adminLocations.addResource({
    locationId: site.loc.id,
    kind: 'exam_room',
    name: `Room ${crypto.randomUUID().slice(0, 8)}`,
    hasTreadmill: false,
  });
  return added.id;
}

export async function invitation(site: Site): Promise<string> {
  const invited = await site.as('admin').staff.invite({
    email: `invitee-${crypto.randomUUID()}@test.example`,
    name: 'Isolation Invitee',
    role: 'clinician',
    allLocations: false,
    locationIds: [site.loc.id],
  });
  return invited.id;
}

export async function priorProfile(site: Site): Promise<string> {
  const made = await site.as('admin').priors.create({
    name: `Isolation ${crypto.randomUUID().slice(0, 8)}`,
    basedOn: 'literature',
  });
  return made.id;
}

/** A finished organisation export: any queued one is run first (one may be under way at a time). */
export async function finishedExport(db: Database, site: Site): Promise<string> {
  const pending = await db
    .select({ id: dataExports.id })
    .from(dataExports)
    .where(and(eq(dataExports.organizationId, site.org.id), isNull(dataExports.finishedAt)));
  const ids = pending.length
    ? pending.map((p) => p.id)
    : [(await site.as('admin').exports.startOrgExport()).id];
  for (const exportId of ids) {
    await runOrgExport(
      { db, appUrl: 'http://stride.test', now: () => TEST_NOW },
      { organizationId: site.org.id, exportId },
    );
  }
  const id = ids[0];
  if (!id) throw new Error('no export');
  return id;
}
