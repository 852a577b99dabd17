import { and, eq, inArray } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import { DomainError } from '../errors';

const { locations } = schema;

/** Every chosen location must belong to the admin's organisation; ids from elsewhere are refused. */
export async function checkOrgLocations(
  db: Database,
  organizationId: string,
  locationIds: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(locationIds)];
  if (unique.length === 0) return [];
  const found = await db
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.organizationId, organizationId), inArray(locations.id, unique)));
  if (found.length !== unique.length) {
    throw new DomainError(
      'BAD_REQUEST',
      'One of the chosen locations is not in this organisation.',
    );
  }
  return unique;
}
