import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import { authenticate, createAuthSession, hashPassword, loadViewer } from '@stride/auth';
import { rawRows, schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
} from '@stride/db/testing';

import type { StaffInvitationJob } from '../src/staff/send-staff-invitation';
import { sendStaffInvitation, staffInvitationJob } from '../src/staff/send-staff-invitation';
import { callerAs, TEST_NOW, testEnv, viewerFor } from './helpers';

const kinds = await integrationKinds();
const PASSWORD = 'a-long-staff-password';
const days = (n: number) => new Date(TEST_NOW.getTime() + n * 86_400_000);

describe.each(kinds)('staff invitations and membership on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let w: Awaited<ReturnType<typeof world>>;
  async function world(db: DatabaseHandle['db']) {
    const org = await makeOrganization(db, 'Invite Clinic');
    const north = await makeLocation(db, org.id, { name: 'North' });
    const south = await makeLocation(db, org.id, { name: 'South' });
    const admin = await makeMember(db, org.id, 'admin', {
      passwordHash: await hashPassword(PASSWORD),
    });
    const other = await makeOrganization(db, 'Elsewhere');
    const otherLoc = await makeLocation(db, other.id);
    const otherAdmin = await makeMember(db, other.id, 'admin');
    return { org, north, south, admin, other, otherLoc, otherAdmin };
  }
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    w = await world(handle.db);
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  const admin = (at = TEST_NOW) => callerAs(env, viewerFor(w.admin, w.org, 'all'), at);
  const anon = (at = TEST_NOW) => callerAs(env, null, at);

  /** Runs the queued email job for this invitation and returns the token from the emailed link. */
  async function emailedToken(invitationId: string, at = TEST_NOW): Promise<string> {
    const jobs = await rawRows<{ data: StaffInvitationJob }>(
      handle.db,
      sql`select data from pgboss.job where name = 'staff-invitation' and data->>'invitationId' = ${invitationId}`,
    );
    const job = staffInvitationJob.parse(jobs[0]?.data);
    await sendStaffInvitation({ db: handle.db, appUrl: 'http://stride.test', now: () => at }, job);
    const [mail] = await handle.db
      .select()
      .from(schema.outboxMessages)
      .where(eq(schema.outboxMessages.dedupeKey, `staff-invitation:${invitationId}`));
    const token = /http:\/\/stride\.test\/invite\/([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '')?.[1];
    if (!token) throw new Error(`no link in ${mail?.body ?? 'no email'}`);
    return token;
  }

  async function invite(email: string, scope: { allLocations: boolean; locationIds: string[] }) {
    return admin().staff.invite({ email, name: 'Nia New', role: 'clinician', ...scope });
  }

  it('invite → emailed link → password set → signs in with the role and locations', async () => {
    const sent = await invite('  Nia@Clinic.Example ', {
      allLocations: false,
      locationIds: [w.south.id],
    });
    expect(sent.email).toBe('nia@clinic.example');
    expect(sent.expiresAt).toEqual(days(7));
    const token = await emailedToken(sent.id);
    const [stored] = await handle.db
      .select({ hash: schema.staffInvitations.tokenHash })
      .from(schema.staffInvitations)
      .where(eq(schema.staffInvitations.id, sent.id));
    expect(stored?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.hash).not.toContain(token);

    expect(await anon().staff.previewInvitation({ token })).toMatchObject({
      ok: true,
      organizationName: 'Invite Clinic',
      roleLabel: 'Clinician',
      needsPassword: true,
    });
    await expect(
      anon().staff.acceptInvitation({
        token,
        password: PASSWORD,
        confirmPassword: 'different-password',
      }),
    ).rejects.toThrow(/do not match/);
    await expect(anon().staff.acceptInvitation({ token })).rejects.toThrow(/Choose a password/);
    expect(
      await anon().staff.acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }),
    ).toEqual({
      email: 'nia@clinic.example',
      organizationName: 'Invite Clinic',
      createdAccount: true,
    });

    const auth = await authenticate(handle.db, {
      email: 'nia@clinic.example',
      password: PASSWORD,
      now: TEST_NOW,
    });
    if (!auth.ok) throw new Error('sign-in refused');
    const sid = await createAuthSession(handle.db, { ...auth, now: TEST_NOW });
    expect(await loadViewer(handle.db, sid, TEST_NOW)).toMatchObject({
      role: 'clinician',
      organizationId: w.org.id,
      locationIds: [w.south.id],
    });
    const audit = await handle.db
      .select({ action: schema.auditLog.action, actor: schema.auditLog.actorUserId })
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.organizationId, w.org.id), eq(schema.auditLog.entityId, sent.id)),
      );
    expect(audit.map((a) => a.action).sort()).toEqual(['staff.invitation.accept', 'staff.invite']);
    expect(audit.find((a) => a.action === 'staff.invitation.accept')?.actor).toBe(auth.userId);

    // Single use: the same link again is refused in words the invitee can act on.
    await expect(
      anon().staff.acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }),
    ).rejects.toThrow(/already been used/);
    expect(await anon().staff.previewInvitation({ token })).toMatchObject({ ok: false });
  });

  it('refuses expired, revoked, replaced and made-up links with clear messages', async () => {
    const expiring = await invite('late@clinic.example', { allLocations: true, locationIds: [] });
    const late = await emailedToken(expiring.id);
    await expect(
      anon(days(8)).staff.acceptInvitation({
        token: late,
        password: PASSWORD,
        confirmPassword: PASSWORD,
      }),
    ).rejects.toThrow(/expired/);

    const first = await invite('twice@clinic.example', { allLocations: true, locationIds: [] });
    const firstToken = await emailedToken(first.id);
    const second = await invite('twice@clinic.example', { allLocations: true, locationIds: [] });
    await admin().staff.revokeInvitation({ invitationId: second.id });
    // Revoked before its job ran: nothing is emailed for it.
    const jobs = await rawRows<{ data: StaffInvitationJob }>(
      handle.db,
      sql`select data from pgboss.job where name = 'staff-invitation' and data->>'invitationId' = ${second.id}`,
    );
    expect(
      await sendStaffInvitation(
        { db: handle.db, appUrl: 'x', now: () => TEST_NOW },
        staffInvitationJob.parse(jobs[0]?.data),
      ),
    ).toBe('skipped');
    // The earlier link was replaced by the second invitation, so it reads as withdrawn.
    await expect(
      anon().staff.acceptInvitation({
        token: firstToken,
        password: PASSWORD,
        confirmPassword: PASSWORD,
      }),
    ).rejects.toThrow(/withdrawn/);
    const madeUp = await anon().staff.previewInvitation({ token: 'A'.repeat(43) });
    expect(madeUp.ok ? 'accepted' : madeUp.message).toMatch(/not valid/);
    await expect(anon().staff.previewInvitation({ token: 'short' })).rejects.toThrow(/not valid/);
  });

  it('refuses locations of another organisation and members who already exist', async () => {
    await expect(
      invite('x@clinic.example', { allLocations: false, locationIds: [w.otherLoc.id] }),
    ).rejects.toThrow(/not in this organisation/);
    await expect(
      invite('y@clinic.example', { allLocations: false, locationIds: [] }),
    ).rejects.toThrow(/at least one location/);
    await expect(invite(w.admin.email, { allLocations: true, locationIds: [] })).rejects.toThrow(
      /already a member/,
    );
  });

  it('an existing Stride user joins with their own password, not a new one', async () => {
    const elsewhere = await makeMember(handle.db, w.other.id, 'clinician', {
      passwordHash: await hashPassword('their-own-password'),
      allLocations: true,
    });
    const sent = await invite(elsewhere.email, { allLocations: false, locationIds: [w.north.id] });
    const token = await emailedToken(sent.id);
    expect(await anon().staff.previewInvitation({ token })).toMatchObject({
      ok: true,
      needsPassword: false,
    });
    expect(await anon().staff.acceptInvitation({ token })).toMatchObject({ createdAccount: false });
    const auth = await authenticate(handle.db, {
      email: elsewhere.email,
      password: 'their-own-password',
      now: TEST_NOW,
    });
    expect(auth.ok).toBe(true);
    const [membership] = await handle.db
      .select({ role: schema.memberships.role })
      .from(schema.memberships)
      .where(
        and(
          eq(schema.memberships.organizationId, w.org.id),
          eq(schema.memberships.userId, elsewhere.id),
        ),
      );
    expect(membership?.role).toBe('clinician');
  });
});
