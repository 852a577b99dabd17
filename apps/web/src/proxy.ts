import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';

import { contentSecurityPolicy } from './security-headers';

/**
 * Runs before every page render: a fresh CSP nonce per request. Next.js reads the policy from
 * the *request* headers to put the nonce on its own scripts, so it goes on both.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: API responses are JSON, CSV, PDF or calendar files, never scripts to run.
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
