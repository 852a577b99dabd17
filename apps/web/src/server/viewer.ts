import 'server-only';

import { env } from '~/env';
import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { cache } from 'react';

import type { Viewer } from '@stride/auth';
import type { SessionTokenReader } from '@stride/auth/next';
import { cachedViewer } from '@stride/api';
import { authCookies, createSessionTokenReader } from '@stride/auth/next';

import { nextAuth } from './auth';
import { getDb } from './db';
import { getViewerCache } from './org-caches';

let reader: { cookieName: string; tokens: SessionTokenReader } | undefined;
function sessionCookie(): { cookieName: string; tokens: SessionTokenReader } {
  if (!reader) {
    const e = env();
    const cookieName = authCookies(e.STRIDE_SECURE_COOKIES === 'true').sessionToken.name;
    reader = {
      cookieName,
      tokens: createSessionTokenReader({ secret: e.AUTH_SECRET, cookieName }),
    };
  }
  return reader;
}

/** The session id in this request's cookie, read without Auth.js's full session route. */
async function requestSessionId(): Promise<string | null> {
  const { cookieName, tokens } = sessionCookie();
  const jar = await cookies();
  const token = jar.get(cookieName)?.value;
  if (token) return tokens.sessionIdOf(token);
  // Auth.js splits a cookie over 4 kB into numbered chunks; ours never are, but if one ever
  // arrives the library's own reader reassembles it.
  if (!jar.has(`${cookieName}.0`)) return null;
  const session = await nextAuth().auth();
  const sid = (session as { sessionId?: unknown } | null)?.sessionId;
  return typeof sid === 'string' ? sid : null;
}

/**
 * The signed-in member for this request, as the session row and membership say now (remembered
 * between requests until they change: packages/api/src/viewer-cache.ts); null when signed out.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Per-request by nature: never prerendered at build time.
  await connection();
  const sid = await requestSessionId();
  if (!sid) return null;
  return cachedViewer(await getDb(), await getViewerCache(), sid, new Date());
});
