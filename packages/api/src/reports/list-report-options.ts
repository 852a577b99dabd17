import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';

import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { inTurn } from '../in-turn';
import { inViewerLocations } from '../scope';
import { resolveFilters } from './report-filters';

const { locations, memberships, users } = schema;

export const reportOptionsOutput = z.object({
  locations: z.array(z.object({ id: z.string(), name: z.string() })),
  clinicians: z.array(z.object({ id: z.string(), name: z.string(), active: z.boolean() })),
  /** The range a report covers when none is chosen. */
  defaultRange: z.object({ from: z.string(), to: z.string() }),
});
export type ReportOptions = z.infer<typeof reportOptionsOutput>;

/** What the report filters offer: locations in scope and every clinician, past ones included. */
export async function listReportOptions(ctx: AuthedContext): Promise<ReportOptions> {
  const org = ctx.viewer.organizationId;
  const [locs, clinicians] = await inTurn(
    () =>
      ctx.db
        .select({ id: locations.id, name: locations.name })
        .from(locations)
        .where(and(eq(locations.organizationId, org), inViewerLocations(ctx.viewer, locations.id)))
        .orderBy(asc(locations.name)),
    () =>
      ctx.db
        .select({ id: users.id, name: users.name, active: memberships.active })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.organizationId, org), inArray(memberships.role, ['clinician'])))
        .orderBy(asc(users.name)),
  );
  const { from, to } = resolveFilters(ctx, {});
  return { locations: locs, clinicians, defaultRange: { from, to } };
}
