import type { SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { inArray, sql } from 'drizzle-orm';

import type { Viewer } from '@stride/auth';

/** A location filter for the viewer's scope: everything for org-wide members, else their locations. */
export function inViewerLocations(viewer: Viewer, column: AnyPgColumn): SQL {
  if (viewer.locationIds === 'all') return sql`true`;
  if (viewer.locationIds.length === 0) return sql`false`;
  return inArray(column, [...viewer.locationIds]);
}

export function viewerCanSeeLocation(viewer: Viewer, locationId: string): boolean {
  return viewer.locationIds === 'all' || viewer.locationIds.includes(locationId);
}
