import 'server-only';

import { TRPCError } from '@trpc/server';
import { forbidden, notFound, redirect } from 'next/navigation';
import { cache } from 'react';

import { createCaller } from '@stride/api';

import { requestContext } from './request-context';

/** Server components call procedures directly, through the same access rules as the HTTP API. */
export const getApi = cache(async () => createCaller(await requestContext()));

/** Turns the API's refusals into the matching page: 404, 403 or sign-in. */
export async function orPage<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (e) {
    if (e instanceof TRPCError) {
      if (e.code === 'NOT_FOUND' || e.code === 'BAD_REQUEST') notFound();
      if (e.code === 'FORBIDDEN') forbidden();
      if (e.code === 'UNAUTHORIZED') redirect('/sign-in');
    }
    throw e;
  }
}
