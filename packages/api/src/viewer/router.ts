import { z } from 'zod';

import { homePathFor } from '@stride/auth';

import { authedProcedure, createTRPCRouter } from '../trpc';

export const viewerRouter = createTRPCRouter({
  me: authedProcedure
    .output(
      z.object({
        name: z.string(),
        email: z.string(),
        role: z.string(),
        organizationName: z.string(),
        homePath: z.string(),
      }),
    )
    .query(({ ctx: { viewer } }) => ({
      name: viewer.name,
      email: viewer.email,
      role: viewer.role,
      organizationName: viewer.organizationName,
      homePath: homePathFor(viewer.role),
    })),
});
