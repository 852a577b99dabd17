import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { env } from '~/env';
import { limitBody } from '~/server/body-limit';
import { getDb } from '~/server/db';
import { getJobRunner } from '~/server/jobs';
import { getPriorsCache, getSlotCache } from '~/server/org-caches';
import { refuseForgedRequest } from '~/server/request-guard';
import { getViewer } from '~/server/viewer';

import { appRouter, createContext } from '@stride/api';

const handler = async (req: Request): Promise<Response> =>
  refuseForgedRequest(req, { publicOrigin: env().STRIDE_PUBLIC_URL }) ??
  fetchRequestHandler({
    endpoint: '/api/trpc',
    req: limitBody(req),
    router: appRouter,
    createContext: async () =>
      createContext({
        db: await getDb(),
        viewer: await getViewer(),
        jobs: (await getJobRunner()).queue,
        slotCache: await getSlotCache(),
        priorsCache: await getPriorsCache(),
      }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        console.error(`tRPC ${path ?? '?'} failed`, error);
    },
  });

export { handler as GET, handler as POST };
