/**
 * A signed-in browser, minus the browser: cookies kept by hand, tRPC spoken over plain fetch
 * and every answer sorted into ok, refused (a definite no) or unclear. Inputs here are plain JSON,
 * so superjson's envelope is just `{ json }` and its `meta` (dates) can be ignored.
 */

export type Outcome =
  | { kind: 'ok'; data: unknown }
  /** The server answered with a client error: nothing was written. */
  | { kind: 'refused'; code: string; message: string }
  /** Timeout, reset, refused connection or 5xx: the write may or may not have happened. */
  | { kind: 'unclear'; why: string };

/** Long enough for a loaded 2-core machine, short enough that a request to a killed app ends. */
const REQUEST_TIMEOUT_MS = 15_000;

export class Session {
  private readonly cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      // Same-origin, as the browser would send it: mutations may check Origin.
      headers: { ...init.headers, cookie: this.cookieHeader(), origin: this.baseUrl },
    });
    this.keep(res);
    return res;
  }

  /** Auth.js credentials sign-in: CSRF token first, then the form post that sets the session. */
  async signIn(email: string, password: string): Promise<void> {
    const csrf = await this.send('/api/auth/csrf', { method: 'GET' });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const res = await this.send('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password, csrfToken }).toString(),
    });
    await res.arrayBuffer();
    const me = await this.query('viewer.me');
    if (me.kind !== 'ok' || !me.data) throw new Error(`sign-in as ${email} failed: ${res.status}`);
  }

  async query(path: string): Promise<Outcome> {
    return this.call(path, { method: 'GET' });
  }

  async mutate(path: string, input: unknown): Promise<Outcome> {
    return this.call(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: input }),
    });
  }

  private async call(path: string, init: RequestInit): Promise<Outcome> {
    let res: Response;
    let text: string;
    try {
      res = await this.send(`/api/trpc/${path}`, init);
      text = await res.text();
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { kind: 'unclear', why: cause ?? (error as Error).name };
    }
    if (res.status >= 500) return { kind: 'unclear', why: `http ${res.status}` };
    let body: {
      result?: { data?: { json?: unknown } };
      error?: { json?: { message?: string; data?: { code?: string } } };
    };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // A proxy page or a half-written body is not an answer from the API.
      return { kind: 'unclear', why: `http ${res.status}, not json` };
    }
    if (res.ok && body.result) {
      return { kind: 'ok', data: body.result.data?.json };
    }
    const error = body.error?.json ?? {};
    return {
      kind: 'refused',
      code: error.data?.code ?? `http ${res.status}`,
      message: error.message ?? '',
    };
  }
}
