import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

const dialect = new PgDialect();

/**
 * A statement's fixed part, rendered to text once when its module loads. Building SQL from the
 * schema's tables and columns walks every chunk on every call; for a statement read on every
 * open of a page that walk is a real share of the call's CPU. The part must carry no values
 * (they would be lost), so it is refused with any: parameters go in the SQL it is joined to.
 */
export function renderedOnce(query: SQL): SQL {
  const { sql: text, params } = dialect.sqlToQuery(query);
  if (params.length > 0) throw new Error(`renderedOnce takes no parameters, got ${params.length}`);
  return sql.raw(text);
}
