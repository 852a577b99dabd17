import { describe, expect, it } from 'vitest';

import { authCookies } from '../src/cookies';

describe('auth cookies', () => {
  it('behind HTTPS every cookie is __Host-, Secure, HttpOnly, SameSite=Lax, path=/ and has no Domain', () => {
    for (const cookie of Object.values(authCookies(true))) {
      expect(cookie?.name).toMatch(/^__Host-stride\./);
      expect(cookie?.options).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: true });
    }
  });

  it('on plain http (local development, e2e) drops only the prefix and the Secure flag', () => {
    const { sessionToken } = authCookies(false);
    expect(sessionToken?.name).toBe('stride.session-token');
    expect(sessionToken?.options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: false });
  });
});
