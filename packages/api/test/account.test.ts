import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Viewer } from '@stride/auth';
import type { DatabaseHandle } from '@stride/db';
import { createAuthSession, hashPassword, loadViewer, verifyPassword } from '@stride/auth';
import { schema } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
} from '@stride/db/testing';

import { callerAs, TEST_NOW, testEnv } from './helpers';

const kinds = await integrationKinds();
const OLD = 'the-old-password-2026';

describe.each(kinds)('own sessions and password on %s', (kind) => {
  let handle: DatabaseHandle;
  let env: Awaited<ReturnType<typeof testEnv>>;
  let orgId: string;
  let locId: string;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    env = await testEnv(handle);
    orgId = (await makeOrganization(handle.db)).id;
    locId = (await makeLocation(handle.db, orgId)).id;
  }, 60_000);
  afterAll(async () => {
    await env?.stop();
    await handle?.close();
  });

  /** A clinician signed in on `devices` browsers; returns the viewer of the first. */
  async function signedIn(devices: string[]) {
    const user = await makeMember(handle.db, orgId, 'clinician', {
      locationIds: [locId],
      passwordHash: await hashPassword(OLD),
    });
    const ids: string[] = [];
    for (const userAgent of devices) {
      ids.push(
        await createAuthSession(handle.db, {
          userId: user.id,
          organizationId: orgId,
          role: 'clinician',
          userAgent,
          now: TEST_NOW,
        }),
      );
    }
    const viewer = (await loadViewer(handle.db, ids[0] ?? '', TEST_NOW)) as Viewer;
    return { user, ids, viewer };
  }

  it('lists only my live sessions, names the device and marks this one', async () => {
    const me = await signedIn([
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/537.36 Chrome/156.0 Safari/537.36',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile Safari/604.1',
    ]);
    await signedIn(['someone else']);
    const sessions = await callerAs(env, me.viewer).account.sessions();
    expect(sessions.map((s) => [s.device, s.current]).sort()).toEqual([
      ['Chrome on macOS', true],
      ['Safari on iOS', false],
    ]);
  });

  it("revokes another of my sessions, refuses someone else's and the current one", async () => {
    const me = await signedIn(['a', 'b']);
    const other = await signedIn(['c']);
    const caller = callerAs(env, me.viewer);
    await expect(caller.account.revokeSession({ sessionId: other.ids[0] ?? '' })).rejects.toThrow(
      'That session was not found or has already ended.',
    );
    await expect(caller.account.revokeSession({ sessionId: me.ids[0] ?? '' })).rejects.toThrow(
      'use “Sign out”',
    );
    await caller.account.revokeSession({ sessionId: me.ids[1] ?? '' });
    expect(await loadViewer(handle.db, me.ids[1] ?? '', TEST_NOW)).toBeNull();
    expect(await loadViewer(handle.db, other.ids[0] ?? '', TEST_NOW)).not.toBeNull();
    const audit = await handle.db
      .select()
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.action, 'account.session_revoke'),
          eq(schema.auditLog.actorUserId, me.user.id),
        ),
      );
    expect(audit.map((a) => a.entityId)).toEqual([me.ids[1]]);
  });

  it('changing the password needs the current one and ends every other session', async () => {
    const me = await signedIn(['laptop', 'phone', 'tablet']);
    const caller = callerAs(env, me.viewer);
    await expect(
      caller.account.changePassword({
        currentPassword: 'wrong-password-here',
        newPassword: 'a-brand-new-password',
        confirmPassword: 'a-brand-new-password',
      }),
    ).rejects.toThrow('Your current password is not right.');
    await expect(
      caller.account.changePassword({
        currentPassword: OLD,
        newPassword: 'short',
        confirmPassword: 'short',
      }),
    ).rejects.toThrow('Use at least 12 characters.');
    const result = await caller.account.changePassword({
      currentPassword: OLD,
      newPassword: 'a-brand-new-password',
      confirmPassword: 'a-brand-new-password',
    });
    expect(result).toEqual({ endedSessions: 2 });
    const live = await handle.db
      .select({ id: schema.authSessions.id })
      .from(schema.authSessions)
      .where(
        and(eq(schema.authSessions.userId, me.user.id), isNull(schema.authSessions.revokedAt)),
      );
    expect(live.map((s) => s.id)).toEqual([me.ids[0]]);
    const [user] = await handle.db
      .select({ hash: schema.users.passwordHash })
      .from(schema.users)
      .where(eq(schema.users.id, me.user.id));
    expect(await verifyPassword(user?.hash ?? '', 'a-brand-new-password')).toBe(true);
  });
});
