import { and, eq } from 'drizzle-orm';

import type { Database } from '@stride/db';
import { schema } from '@stride/db';

import type { AuthedContext } from '../context';
import { DomainError, notFound } from '../errors';
import { inViewerLocations } from '../scope';

const { encounters, patients } = schema;

export type EncounterRow = typeof encounters.$inferSelect;

/** An encounter of a patient in the viewer's scope, optionally locked for a write. */
export async function findEncounter(
  ctx: AuthedContext,
  db: Database,
  encounterId: string,
  forUpdate = false,
): Promise<EncounterRow> {
  const base = db
    .select({ e: encounters })
    .from(encounters)
    .innerJoin(
      patients,
      and(
        eq(patients.organizationId, encounters.organizationId),
        eq(patients.id, encounters.patientId),
      ),
    )
    .where(
      and(
        eq(encounters.organizationId, ctx.viewer.organizationId),
        eq(encounters.id, encounterId),
        inViewerLocations(ctx.viewer, patients.homeLocationId),
      ),
    );
  const [row] = forUpdate ? await base.for('update', { of: encounters }) : await base;
  if (!row) throw notFound('That encounter');
  return row.e;
}

/** A signed encounter is the legal record: it never changes again; corrections are addenda. */
export function assertOpen(encounter: EncounterRow): void {
  if (encounter.status !== 'open') {
    throw new DomainError(
      'BAD_REQUEST',
      'This encounter is signed and read-only. Add an addendum to correct it.',
    );
  }
}
