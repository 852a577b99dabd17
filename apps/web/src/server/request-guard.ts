/**
 * Cross-site request forgery defence for the tRPC endpoint, before any procedure runs:
 * - a POST must carry JSON: an HTML form on another site can only send form encodings or
 *   text/plain, and a cross-site `fetch` with JSON needs a CORS preflight we never grant;
 * - a POST whose `Origin` is not this app is refused outright. Browsers always send Origin
 *   on POST; a client without one (curl, a test harness) is not a browser that can be tricked.
 * tRPC itself refuses mutations over GET (405).
 */
export function refuseForgedRequest(
  req: Request,
  options: { publicOrigin?: string },
): Response | null {
  if (req.method !== 'POST') return null;
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return refusal(415, 'Send the request body as application/json.');
  }
  const origin = req.headers.get('origin');
  if (origin === null) return null;
  const allowed = new Set([new URL(req.url).origin]);
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (host) {
    const proto = req.headers.get('x-forwarded-proto') ?? new URL(req.url).protocol.slice(0, -1);
    allowed.add(`${proto}://${host}`);
  }
  if (options.publicOrigin) allowed.add(new URL(options.publicOrigin).origin);
  return allowed.has(origin) ? null : refusal(403, 'This request came from another site.');
}

function refusal(status: number, message: string): Response {
  return Response.json(
    { error: { message, code: status === 403 ? 'FORBIDDEN' : 'BAD_REQUEST' } },
    { status },
  );
}
