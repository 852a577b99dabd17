import { and, eq } from 'drizzle-orm';

import { schema } from '@stride/db';
import { makeMember } from '@stride/db/testing';
import { INSTRUMENTS } from '@stride/outcomes';

import type { AuditCase } from './case';
import { newInvitationToken } from '../../src/staff/invitation-token';
import { stored } from './case';

const EMAIL = 'new.clinician.audit@test.example';

/** Running the group: staff and licensed questionnaire wording. No patient, but on the record. */
export const cases: AuditCase[] = [
  {
    path: 'staff.invite',
    as: 'admin',
    run: async (api, { w, state }) => {
      const invited = await api.staff.invite({
        email: 'withdrawn.audit@test.example',
        name: 'Withdrawn Invitee',
        role: 'clinician',
        allLocations: false,
        locationIds: [w.loc.id],
      });
      state.set('invitationId', invited.id);
    },
  },
  {
    path: 'staff.revokeInvitation',
    as: 'admin',
    run: (api, { state }) =>
      api.staff.revokeInvitation({ invitationId: stored(state, 'invitationId') }),
  },
  {
    path: 'staff.acceptInvitation',
    as: 'public',
    // The link's token is the credential; the row credits the person who just joined.
    run: async (api, { w, db, state }) => {
      const { token, tokenHash } = newInvitationToken();
      await db.insert(schema.staffInvitations).values({
        organizationId: w.org.id,
        email: EMAIL,
        name: 'New Clinician',
        role: 'clinician',
        locationIds: [w.loc.id],
        tokenHash,
        expiresAt: new Date(Date.now() + 86_400_000),
        invitedBy: w.people.admin.id,
      });
      await api.staff.acceptInvitation({
        token,
        password: 'a-long-enough-password',
        confirmPassword: 'a-long-enough-password',
      });
      const [user] = await db
        .select({ id: schema.users.id })
        .from(schema.users)
        .where(eq(schema.users.email, EMAIL));
      state.set('acceptedUserId', user?.id);
    },
    actor: ({ state }) =>
      Promise.resolve({ id: stored(state, 'acceptedUserId'), role: 'clinician' }),
  },
  {
    path: 'staff.update',
    as: 'admin',
    run: (api, { w, state }) =>
      api.staff.update({
        userId: stored(state, 'acceptedUserId'),
        role: 'front_desk',
        allLocations: false,
        locationIds: [w.loc.id],
      }),
  },
  {
    path: 'staff.setActive',
    as: 'admin',
    run: async (api, { w, db }) => {
      const member = await makeMember(db, w.org.id, 'clinician', { locationIds: [w.loc.id] });
      await api.staff.setActive({ userId: member.id, active: false });
      const [row] = await db
        .select({ active: schema.memberships.active })
        .from(schema.memberships)
        .where(
          and(
            eq(schema.memberships.organizationId, w.org.id),
            eq(schema.memberships.userId, member.id),
          ),
        );
      if (row?.active !== false) throw new Error('the member is still active');
    },
  },
  {
    path: 'instrumentTexts.save',
    as: 'admin',
    run: (api) =>
      api.instrumentTexts.save({
        instrumentId: 'kujala',
        items: Object.fromEntries(
          INSTRUMENTS.kujala.items.map((item, i) => [item.id, `Clinic wording ${i + 1}`]),
        ),
      }),
  },
];
