import { z } from 'zod';

import { notAudited } from '../audit-trail/audit-rule';
import { createTRPCRouter, publicProcedure } from '../trpc';

/**
 * Touches nothing (no session, no database): the framework's own ceiling, which `pnpm bench`
 * measures every scenario against so figures on a noisy machine still mean something.
 */
export const healthRouter = createTRPCRouter({
  ping: publicProcedure
    .meta(notAudited('answers "ok" and reads no data'))
    .output(z.object({ ok: z.literal(true) }))
    .query(() => ({ ok: true as const })),
});
