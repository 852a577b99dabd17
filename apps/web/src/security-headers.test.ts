import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from './security-headers';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

describe('content security policy', () => {
  it('allows scripts only by nonce in production: no unsafe-inline, no unsafe-eval', () => {
    const csp = directives(contentSecurityPolicy('abc123', { dev: false }));
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('adds unsafe-eval only for the development build', () => {
    expect(directives(contentSecurityPolicy('n', { dev: true })).get('script-src')).toContain(
      "'unsafe-eval'",
    );
  });

  it('sends HSTS, Referrer-Policy and Permissions-Policy on every response', () => {
    const keys = STATIC_SECURITY_HEADERS.map((h) => h.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'Strict-Transport-Security',
        'Referrer-Policy',
        'Permissions-Policy',
      ]),
    );
  });
});
