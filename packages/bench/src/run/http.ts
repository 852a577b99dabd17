import { BENCH_PASSWORD } from '../data/shape';

/** A tRPC GET (queries); inputs travel superjson-wrapped, as the app's client sends them. */
export function queryPath(procedure: string, input?: unknown): string {
  if (input === undefined) return `/api/trpc/${procedure}`;
  return `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

export function mutationBody(input: unknown): string {
  return JSON.stringify({ json: input });
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
}

/** Signs in through Auth.js's credentials endpoint, as the form does; returns the Cookie header. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, callbackUrl: '/' }),
  });
  const session = cookiesOf(res).find((c) => c.includes('session-token='));
  if (!session) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return session;
}

/** One call, for set-up (slots to book) and for checking a scenario answers 200 before loading it. */
export async function call<T>(
  baseUrl: string,
  path: string,
  cookie?: string,
  body?: string,
): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${path.slice(0, 80)} → ${res.status}: ${text.slice(0, 300)}`);
  return (JSON.parse(text) as { result: { data: { json: T } } }).result.data.json;
}
