import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createSessionTokenReader } from '../src/session-token';

const secret = 'a'.repeat(48);
const cookieName = 'stride.session-token';
const sid = '0b0b0b0b-1111-4222-8333-444444444444';

const tokenFor = (
  payload: Record<string, unknown>,
  maxAge = 3600,
  salt = cookieName,
  key = secret,
) => encode({ token: payload, secret: key, salt, maxAge });

afterEach(() => vi.useRealTimers());

describe('session token reader', () => {
  it('reads the session id of a token Auth.js issued', async () => {
    const reader = createSessionTokenReader({ secret, cookieName });
    const token = await tokenFor({ sid, sub: 'user' });
    expect(await reader.sessionIdOf(token)).toBe(sid);
    expect(await reader.sessionIdOf(token)).toBe(sid); // from memory the second time
  });

  it('refuses tampered tokens, other secrets, other cookie names and tokens without a session', async () => {
    const reader = createSessionTokenReader({ secret, cookieName });
    const token = await tokenFor({ sid, sub: 'user' });
    const parts = token.split('.');
    // Always a different first character: choosing it by another position left the part
    // unchanged whenever its first character was already the replacement (1 in 64 a part).
    const flip = (s: string) => (s.startsWith('A') ? 'B' : 'A') + s.slice(1);
    for (const i of [0, 2, 3, 4]) {
      const forged = parts.map((p, j) => (j === i ? flip(p) : p)).join('.');
      expect(forged).not.toBe(token);
      expect(await reader.sessionIdOf(forged)).toBeNull();
    }
    expect(
      await reader.sessionIdOf(await tokenFor({ sid }, 3600, cookieName, 'b'.repeat(48))),
    ).toBeNull();
    expect(
      await reader.sessionIdOf(await tokenFor({ sid }, 3600, '__Host-stride.session-token')),
    ).toBeNull();
    expect(await reader.sessionIdOf(await tokenFor({ sub: 'user' }))).toBeNull();
    expect(await reader.sessionIdOf('not a token')).toBeNull();
    expect(await reader.sessionIdOf('')).toBeNull();
  });

  it('stops answering for a remembered token once it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T08:00:00Z'));
    const reader = createSessionTokenReader({ secret, cookieName });
    const token = await tokenFor({ sid }, 60);
    expect(await reader.sessionIdOf(token)).toBe(sid);
    vi.setSystemTime(new Date('2026-11-26T08:00:59Z'));
    expect(await reader.sessionIdOf(token)).toBe(sid);
    vi.setSystemTime(new Date('2026-11-26T08:02:00Z'));
    expect(await reader.sessionIdOf(token)).toBeNull();
  });

  it('never returns a session for an expired token it has not seen', async () => {
    const reader = createSessionTokenReader({ secret, cookieName });
    expect(await reader.sessionIdOf(await tokenFor({ sid }, -120))).toBeNull();
  });
});
