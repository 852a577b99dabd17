import { and, eq } from 'drizzle-orm';

import type { Viewer } from '@stride/auth';
import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import { notFound } from '../errors';
import { inViewerLocations } from '../scope';

const { locations } = schema;

/** A location of the viewer's organisation and scope; anything else is NOT_FOUND. */
export async function findLocation(db: Database, viewer: Viewer, locationId: string) {
  const [row] = await db
    .select()
    .from(locations)
    .where(
      and(
        eq(locations.organizationId, viewer.organizationId),
        eq(locations.id, locationId),
        inViewerLocations(viewer, locations.id),
      ),
    );
  if (!row) throw notFound('That location');
  return row;
}

/** Names are how staff and patients tell locations apart, so two may not share one. */
export async function locationNameTaken(
  db: Database,
  organizationId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.organizationId, organizationId), eq(locations.name, name)));
  return rows.some((r) => r.id !== exceptId);
}
