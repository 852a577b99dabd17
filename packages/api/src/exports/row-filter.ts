import type { SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { and, eq, gt } from 'drizzle-orm';

/**
 * Which rows a loader reads: one patient's (the bundle), or the next page of the whole
 * organisation after an id (the bulk export, keyset-paged so no page needs an OFFSET scan).
 */
export type RowFilter = { patientId: string } | { after: string | null; limit: number };

export function filterSql(
  filter: RowFilter,
  columns: { org: AnyPgColumn; id: AnyPgColumn; patient?: AnyPgColumn },
  organizationId: string,
): SQL | undefined {
  if ('patientId' in filter) {
    if (!columns.patient) throw new Error('this table has no patient column');
    return and(eq(columns.org, organizationId), eq(columns.patient, filter.patientId));
  }
  return and(
    eq(columns.org, organizationId),
    filter.after === null ? undefined : gt(columns.id, filter.after),
  );
}

export const pageLimit = (filter: RowFilter): number =>
  'limit' in filter ? filter.limit : 100_000;

export const iso = (d: Date): string => d.toISOString();
export const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);
