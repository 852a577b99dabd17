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

/** Which of inViewerLocations' three filters a viewer gets: what a statement's text depends on. */
export type LocationScope = 'all' | 'none' | 'some';

export function locationScopeOf(viewer: Viewer): LocationScope {
  if (viewer.locationIds === 'all') return 'all';
  return viewer.locationIds.length === 0 ? 'none' : 'some';
}

/** The viewer's locations as one array value, for `inLocationScope`'s parameter. */
export const scopeLocationIds = (viewer: Viewer): readonly string[] =>
  viewer.locationIds === 'all' ? [] : viewer.locationIds;

/**
 * inViewerLocations for a statement rendered once (renderedWithPlaceholders): the locations
 * are one array parameter (`= any`), so viewers with two locations and with five share the
 * statement's text and its prepared plan, where an `in` list makes a text per length.
 * `locationIds` is the placeholder, or the value (scopeLocationIds) when built per call.
 */
export function inLocationScope(
  scope: LocationScope,
  column: AnyPgColumn,
  locationIds: unknown,
): SQL {
  if (scope === 'all') return sql`true`;
  if (scope === 'none') return sql`false`;
  return sql`${column} = any(${sql.param(locationIds)}::uuid[])`;
}

/** One of something per location scope (a statement rendered once for each, say). */
export function perLocationScope<T>(make: (scope: LocationScope) => T): Record<LocationScope, T> {
  return { all: make('all'), none: make('none'), some: make('some') };
}
