import { and, eq, ne } from 'drizzle-orm';

import type { Viewer } from '@stride/auth';
import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import { notFound } from '../errors';
import { inViewerLocations } from '../scope';

const { resources } = schema;

/** A room of the viewer's organisation at a location in their scope; anything else is NOT_FOUND. */
export async function findResource(db: Database, viewer: Viewer, resourceId: string) {
  const [row] = await db
    .select()
    .from(resources)
    .where(
      and(
        eq(resources.organizationId, viewer.organizationId),
        eq(resources.id, resourceId),
        inViewerLocations(viewer, resources.locationId),
      ),
    );
  if (!row) throw notFound('That room');
  return row;
}

/** Staff tell rooms apart by name on the schedule, so two at one location may not share one. */
export async function roomNameTaken(
  db: Database,
  organizationId: string,
  locationId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: resources.id })
    .from(resources)
    .where(
      and(
        eq(resources.organizationId, organizationId),
        eq(resources.locationId, locationId),
        eq(resources.name, name),
        exceptId ? ne(resources.id, exceptId) : undefined,
      ),
    );
  return rows.length > 0;
}
