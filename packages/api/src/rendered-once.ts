import type { SQLChunk } from 'drizzle-orm';
import { fillPlaceholders, Param, SQL, sql, StringChunk } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

// As the database handles render (client.ts), so the text is theirs to the character.
const dialect = new PgDialect({ casing: 'snake_case' });

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

/** The call's values, by the names of the statement's `sql.placeholder`s. */
export type PlaceholderValues = Record<string, unknown>;

/**
 * A whole statement rendered to text once, its call's values left as `sql.placeholder(name)`;
 * the function it answers makes each call's statement from that text and the values alone.
 * Rendering walks every table, column and fragment the statement was built from (drizzle's
 * `is()` checks on each): for the caseload, read on every open of a clinician's home page, that
 * walk was an eighth of the call's CPU in one process. The text made is exactly what rendering
 * the statement with its values would make, so it shares that statement's prepared name.
 *
 * Values drizzle binds itself (constants in the statement) stay as they are. A placeholder may
 * hold an array (`= any(...)`): it is one parameter, never a list. A missing value throws.
 */
export function renderedWithPlaceholders(query: SQL): (values: PlaceholderValues) => SQL {
  const { sql: text, params } = dialect.sqlToQuery(query);
  // split() with a capture group alternates text and the numbers between: text, 1, text, 2...
  const parts = text.split(/\$(\d+)/);
  const texts: StringChunk[] = [];
  for (let i = 0; i < parts.length; i += 2) texts.push(new StringChunk(parts[i] ?? ''));
  for (let n = 1; 2 * n - 1 < parts.length; n++) {
    // drizzle numbers parameters in the order it meets them; anything else (a `$1` inside a
    // raw fragment's text, say) would bind a value to the wrong place.
    if (parts[2 * n - 1] !== String(n))
      throw new Error(`expected $${n}, found $${parts[2 * n - 1]}`);
  }
  if (texts.length !== params.length + 1)
    throw new Error(`the statement has ${params.length} parameters but ${texts.length - 1} $n`);
  return (values) => {
    const bound = fillPlaceholders(params, values);
    const chunks: SQLChunk[] = [texts[0] as StringChunk];
    for (let i = 0; i < bound.length; i++)
      chunks.push(new Param(bound[i]), texts[i + 1] as StringChunk);
    return new SQL(chunks);
  };
}
