import { expect, signIn, test } from './fixtures';

/** Parses a CSP header into directive → values. */
function directives(policy: string | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? '').split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

test('pages carry a nonce CSP without unsafe-inline scripts, HSTS, frame-ancestors none, and referrer and permissions policies', async ({
  request,
}) => {
  const first = await request.get('/sign-in');
  const second = await request.get('/sign-in');
  expect(first.status()).toBe(200);
  const csp = directives(first.headers()['content-security-policy']);
  const scripts = csp.get('script-src') ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  const nonce = scripts.find((s) => s.startsWith("'nonce-"));
  expect(nonce).toBeDefined();
  // A fresh nonce per response: a nonce an attacker saw once is useless.
  expect(second.headers()['content-security-policy']).not.toContain(nonce);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);

  const headers = first.headers();
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-powered-by']).toBeUndefined();

  // Every inline script Next wrote into the page carries this response's nonce.
  const html = await first.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1] ?? '');
  expect(inline.length).toBeGreaterThan(0);
  for (const attrs of inline) expect(attrs).toContain(`nonce="${nonce?.slice(7, -1)}"`);

  const api = await request.get('/api/trpc/viewer.me');
  expect(api.headers()['strict-transport-security']).toBeDefined();
});

test('the app runs under the policy: no violations while signing in and moving around', async ({
  page,
  world,
}) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await signIn(page, world.clinician.email);
  await page.goto('/clinician/schedule');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test('mutations accept only same-origin JSON posts', async ({ request, world }) => {
  const body = { email: world.clinician.email };
  // tRPC answers 405 to a mutation sent as GET: a link or an <img> cannot change anything.
  const viaGet = await request.get('/api/trpc/account.revokeSession?input=%7B%7D');
  expect(viaGet.status()).toBe(405);
  const crossSite = await request.post('/api/trpc/account.revokeSession', {
    headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
    data: body,
  });
  expect(crossSite.status()).toBe(403);
  const formPost = await request.post('/api/trpc/account.revokeSession', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: 'sessionId=x',
  });
  expect(formPost.status()).toBe(415);
  // The same request from the app's own origin reaches tRPC (which then wants a sign-in).
  const sameSite = await request.post('/api/trpc/account.revokeSession', {
    headers: { 'content-type': 'application/json' },
    data: body,
  });
  expect(sameSite.status()).toBe(401);
});
