import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '@stride/db';
import {
  createTestDatabase,
  integrationKinds,
  makeLocation,
  makeMember,
  makeOrganization,
} from '@stride/db/testing';

import {
  authenticate,
  checkAuthSession,
  createAuthSession,
  hashPassword,
  loadViewer,
  revokeAuthSession,
  STAFF_IDLE_TIMEOUT_SECONDS,
  THROTTLE_MAX_FAILURES,
  verifyPassword,
} from '../src';

const HOUR = 3_600_000;

describe('password hashing', () => {
  it('uses argon2id at or above the OWASP minimum and verifies', async () => {
    const h = await hashPassword('correct horse battery');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(h, 'wrong')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});

const kinds = await integrationKinds();

describe.each(kinds)('sign-in and sessions on %s', (kind) => {
  let handle: DatabaseHandle;
  let passwordHash: string;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    passwordHash = await hashPassword('s3cret-enough');
  }, 60_000);
  afterAll(async () => handle.close());

  it('accepts the right password, case-insensitively on email, and refuses a wrong one', async () => {
    const org = await makeOrganization(handle.db);
    const user = await makeMember(handle.db, org.id, 'clinician', { passwordHash });
    const now = new Date('2026-11-26T10:00:00Z');
    expect(
      await authenticate(handle.db, {
        email: user.email.toUpperCase(),
        password: 's3cret-enough',
        now,
      }),
    ).toEqual({
      ok: true,
      userId: user.id,
      organizationId: org.id,
      role: 'clinician',
    });
    expect(await authenticate(handle.db, { email: user.email, password: 'nope', now })).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(
      await authenticate(handle.db, { email: 'nobody@test.example', password: 'nope', now }),
    ).toEqual({ ok: false, reason: 'invalid' });
  });

  it('throttles an account after repeated failures, even for the right password, then lets it in again', async () => {
    const org = await makeOrganization(handle.db);
    const user = await makeMember(handle.db, org.id, 'patient', { passwordHash });
    const t0 = new Date('2026-11-26T10:00:00Z');
    const results = [];
    for (let i = 0; i < THROTTLE_MAX_FAILURES; i++) {
      results.push(
        await authenticate(handle.db, {
          email: user.email,
          password: `bad-${i}`,
          now: new Date(t0.getTime() + i * 1000),
        }),
      );
    }
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: 'throttled' });
    const locked = await authenticate(handle.db, {
      email: user.email,
      password: 's3cret-enough',
      now: new Date(t0.getTime() + 60_000),
    });
    expect(locked).toMatchObject({ ok: false, reason: 'throttled' });
    if (!locked.ok && locked.reason === 'throttled')
      expect(locked.retryAfterSeconds).toBeGreaterThan(10 * 60);
    const later = await authenticate(handle.db, {
      email: user.email,
      password: 's3cret-enough',
      now: new Date(t0.getTime() + 20 * 60_000),
    });
    expect(later.ok).toBe(true);
  });

  it('ends staff sessions after 30 idle minutes, all sessions after 12 hours, and on revoke', async () => {
    const org = await makeOrganization(handle.db);
    const staff = await makeMember(handle.db, org.id, 'admin');
    const patient = await makeMember(handle.db, org.id, 'patient');
    const t0 = new Date('2026-11-26T08:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);

    const s1 = await createAuthSession(handle.db, {
      userId: staff.id,
      organizationId: org.id,
      role: 'admin',
      now: t0,
    });
    expect((await checkAuthSession(handle.db, s1, at(25 * 60_000))).status).toBe('active');
    expect((await checkAuthSession(handle.db, s1, at(50 * 60_000))).status).toBe('active');
    expect(
      (
        await checkAuthSession(
          handle.db,
          s1,
          at(50 * 60_000 + (STAFF_IDLE_TIMEOUT_SECONDS + 1) * 1000),
        )
      ).status,
    ).toBe('ended');
    // An idle-ended session stays ended.
    expect((await checkAuthSession(handle.db, s1, at(51 * 60_000))).status).toBe('ended');

    const s2 = await createAuthSession(handle.db, {
      userId: patient.id,
      organizationId: org.id,
      role: 'patient',
      now: t0,
    });
    expect((await checkAuthSession(handle.db, s2, at(3 * HOUR))).status).toBe('active');
    expect((await checkAuthSession(handle.db, s2, at(12 * HOUR + 1000))).status).toBe('ended');

    const s3 = await createAuthSession(handle.db, {
      userId: patient.id,
      organizationId: org.id,
      role: 'patient',
      now: t0,
    });
    await revokeAuthSession(handle.db, s3, at(1000));
    expect((await checkAuthSession(handle.db, s3, at(2000))).status).toBe('ended');
    expect((await checkAuthSession(handle.db, 'not-a-uuid', at(2000))).status).toBe('ended');
  });

  it('reads role and location scope from the database for each request', async () => {
    const org = await makeOrganization(handle.db, 'Scoped Clinics');
    const a = await makeLocation(handle.db, org.id);
    const b = await makeLocation(handle.db, org.id);
    const clinician = await makeMember(handle.db, org.id, 'clinician', {
      locationIds: [a.id, b.id],
    });
    const admin = await makeMember(handle.db, org.id, 'admin');
    const now = new Date('2026-11-26T09:00:00Z');
    const sid = await createAuthSession(handle.db, {
      userId: clinician.id,
      organizationId: org.id,
      role: 'clinician',
      now,
    });
    const viewer = await loadViewer(handle.db, sid, now);
    expect(viewer).toMatchObject({
      userId: clinician.id,
      organizationId: org.id,
      organizationName: 'Scoped Clinics',
      role: 'clinician',
    });
    expect([...(viewer?.locationIds ?? [])].sort()).toEqual([a.id, b.id].sort());
    const adminSid = await createAuthSession(handle.db, {
      userId: admin.id,
      organizationId: org.id,
      role: 'admin',
      now,
    });
    expect((await loadViewer(handle.db, adminSid, now))?.locationIds).toBe('all');
  });
});
