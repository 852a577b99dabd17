import { and, eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import { DomainError } from '../errors';

const { memberships } = schema;

/**
 * Refuses a change that would leave the organisation without an active admin. The admin rows are
 * locked first, so two admins demoting each other at once cannot both pass the check.
 */
export async function assertAnotherActiveAdmin(
  tx: Database,
  organizationId: string,
  leavingUserId: string,
  what: string,
): Promise<void> {
  const admins = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        eq(memberships.role, 'admin'),
        eq(memberships.active, true),
      ),
    )
    .for('update');
  if (!admins.some((a) => a.userId !== leavingUserId)) {
    throw new DomainError(
      'CONFLICT',
      `${what} would leave the organisation without an active admin. Make someone else an admin first.`,
    );
  }
}
