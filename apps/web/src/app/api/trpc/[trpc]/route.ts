import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { env } from '~/env';
import { limitBody } from '~/server/body-limit';
import { requestContext } from '~/server/request-context';
import { refuseForgedRequest } from '~/server/request-guard';

import { appRouter } from '@stride/api';

const handler = async (req: Request): Promise<Response> =>
  refuseForgedRequest(req, { publicOrigin: env().STRIDE_PUBLIC_URL }) ??
  fetchRequestHandler({
    endpoint: '/api/trpc',
    req: limitBody(req),
    router: appRouter,
    createContext: requestContext,
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        console.error(`tRPC ${path ?? '?'} failed`, error);
    },
  });

export { handler as GET, handler as POST };
