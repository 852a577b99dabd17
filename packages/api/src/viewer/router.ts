import { z } from 'zod';

import { homePathFor } from '@stride/auth';

import { NO_PATIENT_DATA, notAudited } from '../audit-trail/audit-rule';
import { authedProcedure, createTRPCRouter } from '../trpc';

export const viewerRouter = createTRPCRouter({
  me: authedProcedure
    .meta(notAudited(NO_PATIENT_DATA))
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
