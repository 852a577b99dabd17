import { eq } from 'drizzle-orm';

import type { Database, Role } from '@stride/db';
import { createAuthSession, hashPassword } from '@stride/auth';
import { schema } from '@stride/db';
import { makeMember } from '@stride/db/testing';
import { startingPriors } from '@stride/diagnosis';
import { INSTRUMENTS } from '@stride/outcomes';

import type { Who } from '../audit-world';
import type { Probes } from './probe';
import type { Site } from './world';
import { newInvitationToken } from '../../src/staff/invitation-token';
import { finishedExport, invitation, priorProfile, room } from './fresh';

const typeFields = {
  name: 'Isolation review',
  durationMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 5,
  resourceKinds: ['exam_room' as const],
  bookableOnline: true,
  active: true,
};

/** A location's details as the form sends them; open every day so bookings elsewhere still fit. */
const locationFields = (name: string) => ({
  name,
  addressLine1: '1 Test Street',
  city: 'Testville',
  region: 'CA',
  postalCode: '90000',
  timeZone: 'America/Los_Angeles',
  openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '07:00', end: '19:00' })),
  minNoticeMinutes: 0,
  bookingHorizonDays: 365,
  cancellationWindowHours: 0,
});

const whoIs = (role: Role | null): Who =>
  role === 'front_desk' ? 'desk' : role === null ? 'clinician' : role;

/** A live session of the caller's counterpart at the site: their own at home, a stranger's elsewhere. */
const sessionAt = (site: Site, db: Database, role: Role | null) =>
  createAuthSession(db, {
    userId: site.people[whoIs(role)].id,
    organizationId: site.org.id,
    role: role ?? 'clinician',
    now: new Date(),
  });

/** A pending invitation link of the home organisation: the token, not the session, is the key. */
async function invitationToken(db: Database, site: Site): Promise<string> {
  const { token, tokenHash } = newInvitationToken();
  await db.insert(schema.staffInvitations).values({
    organizationId: site.org.id,
    email: `link-${crypto.randomUUID()}@test.example`,
    name: 'Link Holder',
    role: 'clinician',
    locationIds: [site.loc.id],
    tokenHash,
    expiresAt: new Date(Date.now() + 86_400_000),
    invitedBy: site.people.admin.id,
  });
  return token;
}

/** argon2id is slow on purpose: hash the starting password once for every caller. */
const oldPasswordHash = hashPassword('isolation-old-password');

const TOKEN = 'the invitation token is the credential and names its organisation by itself';
/**
 * Reports count within the caller's organisation; a location filter from elsewhere matches
 * nothing, so the report comes back empty (the scan proves it holds none of the other's ids).
 */
const reportFilter = { foreign: 'ok' } as const;
const FILTERS = ['utilisation', 'attendance', 'newPatients', 'diagnosisMix', 'outcomes'] as const;
const memberAt = (db: Database, site: Site) =>
  makeMember(db, site.org.id, 'clinician', { locationIds: [site.loc.id] });

/** Running the group: locations, types, staff, priors, reports, exports, the log and accounts. */
export const adminProbes: Probes = {
  'admin.listLocations': {},
  'adminAppointmentTypes.list': {},
  'adminAppointmentTypes.get': { input: (site) => ({ appointmentTypeId: site.types.follow_up }) },
  'adminAppointmentTypes.create': {
    input: () => ({ ...typeFields, name: `Isolation ${crypto.randomUUID().slice(0, 8)}` }),
    untargeted: 'creates a new row',
  },
  'adminAppointmentTypes.update': {
    input: async (site) => {
      // Names are unique in an organisation, so each site's type gets its own.
      const fields = { ...typeFields, name: `Isolation ${crypto.randomUUID().slice(0, 8)}` };
      const { id } = await site.as('admin').adminAppointmentTypes.create(fields);
      return { ...fields, appointmentTypeId: id };
    },
  },
  'adminLocations.get': { input: (site) => ({ locationId: site.loc.id }) },
  'adminLocations.create': {
    input: () => ({
      ...locationFields(`Annex ${crypto.randomUUID().slice(0, 8)}`),
      addDefaultRooms: true,
    }),
    untargeted: 'creates a new row',
  },
  'adminLocations.update': {
    input: (site) => ({ ...locationFields(site.loc.name), locationId: site.loc.id }),
  },
  'adminLocations.addResource': {
    input: (site) => ({
      locationId: site.loc.id,
      kind: 'exam_room',
      name: `Room ${crypto.randomUUID().slice(0, 8)}`,
      hasTreadmill: false,
    }),
  },
  'adminLocations.renameResource': {
    input: async (site) => ({
      resourceId: await room(site),
      name: `Renamed ${crypto.randomUUID().slice(0, 8)}`,
    }),
    consumes: true,
  },
  'adminLocations.setResourceActive': {
    input: async (site) => ({ resourceId: await room(site), active: false }),
    consumes: true,
  },
  'adminLocations.addClinician': {
    input: (site) => ({ locationId: site.loc.id, clinicianId: site.people.clinician.id }),
  },

  'staff.list': {},
  'staff.invite': {
    // The locations are form choices checked against the organisation's list, field by field.
    expect: { foreign: 'BAD_REQUEST' },
    input: (site) => ({
      email: `invitee-${crypto.randomUUID()}@test.example`,
      name: 'Isolation Invitee',
      role: 'clinician',
      allLocations: false,
      locationIds: [site.loc.id],
    }),
  },
  'staff.revokeInvitation': {
    input: async (site) => ({ invitationId: await invitation(site) }),
    consumes: true,
  },
  'staff.update': {
    input: async (site, { db }) => ({
      userId: (await memberAt(db, site)).id,
      role: 'front_desk',
      allLocations: false,
      locationIds: [site.loc.id],
    }),
  },
  'staff.setActive': {
    input: async (site, { db }) => ({ userId: (await memberAt(db, site)).id, active: false }),
  },
  'staff.previewInvitation': {
    input: async (site, { db }) => ({ token: await invitationToken(db, site) }),
    untargeted: TOKEN,
  },
  'staff.acceptInvitation': {
    input: async (site, { db }) => ({
      token: await invitationToken(db, site),
      password: 'a-long-enough-password',
      confirmPassword: 'a-long-enough-password',
    }),
    untargeted: TOKEN,
    consumes: true,
  },

  'instrumentTexts.list': {},
  'instrumentTexts.save': {
    input: () => ({
      instrumentId: 'kujala',
      items: Object.fromEntries(INSTRUMENTS.kujala.items.map((item) => [item.id, 'Wording'])),
    }),
    untargeted: 'licensed wording of the caller’s own organisation',
  },

  'priors.list': {},
  'priors.get': { input: async (site) => ({ profileId: await priorProfile(site) }) },
  'priors.create': {
    input: () => ({ name: `Isolation ${crypto.randomUUID().slice(0, 8)}`, basedOn: 'literature' }),
    untargeted: 'creates a new row',
  },
  'priors.saveVersion': {
    input: async (site) => ({
      profileId: await priorProfile(site),
      baseVersion: 1,
      priors: {
        ...startingPriors('literature'),
        iliotibial_band_syndrome: { value: 0.15 },
        saphenous_nerve_entrapment: { value: 0.07 },
      },
      reason: 'Isolation check',
    }),
    consumes: true,
  },
  'priors.setDefault': { input: async (site) => ({ profileId: await priorProfile(site) }) },

  'exports.startOrgExport': {},
  'exports.listOrgExports': {},
  'exports.orgExportFile': {
    input: async (site, { db }) => ({ exportId: await finishedExport(db, site) }),
  },
  'outbox.list': {
    input: (site) => ({ patientId: site.patient.id }),
    // A filter on the caller's own outbox: another organisation's patient matches no message.
    expect: { foreign: 'ok' },
  },
  'reports.options': {},
  ...Object.fromEntries(
    FILTERS.map((name) => [
      `reports.${name}`,
      { input: (site: Site) => ({ locationId: site.loc.id }), expect: reportFilter },
    ]),
  ),
  'reports.csv': {
    input: (site) => ({ table: 'utilisation', locationId: site.loc.id }),
    expect: reportFilter,
  },
  'auditTrail.search': {
    input: (site) => ({ patientId: site.patient.id }),
    // A filter on the caller's own log: another organisation's patient matches no row.
    expect: { foreign: 'ok' },
  },

  'account.sessions': {},
  'account.revokeSession': {
    input: async (site, { db, role }) => ({ sessionId: await sessionAt(site, db, role) }),
    byCaller: true,
    consumes: true,
  },
  'account.changePassword': {
    input: async (site, { db, role }) => {
      await db
        .update(schema.users)
        .set({ passwordHash: await oldPasswordHash })
        .where(eq(schema.users.id, site.people[whoIs(role)].id));
      return {
        currentPassword: 'isolation-old-password',
        newPassword: 'isolation-new-password',
        confirmPassword: 'isolation-new-password',
      };
    },
    untargeted: 'changes the caller’s own password',
    byCaller: true,
    consumes: true,
  },
  'viewer.me': {},
  'health.ping': {},
};
