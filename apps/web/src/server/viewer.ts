import 'server-only';

import { connection } from 'next/server';
import { cache } from 'react';

import type { Viewer } from '@stride/auth';
import { loadViewer } from '@stride/auth';

import { nextAuth } from './auth';
import { getDb } from './db';

/** The signed-in member for this request, re-validated against the session row; null when signed out. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // Per-request by nature: never prerendered at build time.
  await connection();
  const session = await nextAuth().auth();
  const sid = (session as { sessionId?: unknown } | null)?.sessionId;
  if (typeof sid !== 'string') return null;
  return loadViewer(await getDb(), sid, new Date());
});
