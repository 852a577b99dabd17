import 'server-only';

import { TRPCError } from '@trpc/server';

/**
 * Route handlers (file downloads) answer a refused API call with the matching HTTP status and
 * the API's message; anything else is a real failure and is rethrown.
 */
export function trpcErrorResponse(error: unknown): Response {
  if (!(error instanceof TRPCError)) throw error;
  const status = error.code === 'UNAUTHORIZED' ? 401 : error.code === 'FORBIDDEN' ? 403 : 404;
  return new Response(error.message, { status });
}
