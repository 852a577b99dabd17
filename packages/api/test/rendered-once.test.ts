import type { Placeholder } from 'drizzle-orm';
import { and, eq, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';

import { schema } from '@stride/db';

import { renderedOnce, renderedWithPlaceholders } from '../src/rendered-once';

const { encounters, patients } = schema;
const dialect = new PgDialect();

describe('renderedOnce', () => {
  it('renders a fixed statement to its text, and refuses one carrying values', () => {
    expect(renderedOnce(sql`select ${encounters.id} from ${encounters}`).queryChunks).toEqual([
      expect.objectContaining({ value: ['select "encounters"."id" from "encounters"'] }),
    ]);
    expect(() => renderedOnce(sql`select ${'a value'}`)).toThrow(/no parameters/);
  });
});

describe('renderedWithPlaceholders', () => {
  // The same statement built with its values and with placeholders for them.
  const statement = (v: { org: string | Placeholder; ids: unknown; name: unknown }) =>
    sql`select ${patients.id} from ${patients}
      where ${and(eq(patients.organizationId, v.org), eq(patients.sex, 'female'))}
        and ${patients.homeLocationId} = any(${sql.param(v.ids)}::uuid[])
        and ${patients.familyName} ilike ${sql.param(v.name)} limit ${10}`;
  const bind = renderedWithPlaceholders(
    statement({
      org: sql.placeholder('org'),
      ids: sql.placeholder('ids'),
      name: sql.placeholder('name'),
    }),
  );

  it('makes exactly the text and values that rendering the statement with its values makes', () => {
    const values = { org: 'o-1', ids: ['l-1', 'l-2'], name: '%ann%' };
    const direct = dialect.sqlToQuery(statement(values));
    const bound = dialect.sqlToQuery(bind(values));
    // (Typings, which only the AWS Data API driver reads, are not kept.)
    expect(bound.sql).toBe(direct.sql);
    expect(bound.params).toEqual(direct.params);
    // The array is one parameter, and the constants drizzle bound itself are kept in place.
    expect(bound.params).toEqual(['o-1', 'female', ['l-1', 'l-2'], '%ann%', 10]);
    // A second call binds its own values into the same text.
    const other = dialect.sqlToQuery(bind({ org: 'o-2', ids: [], name: 'b%' }));
    expect(other.sql).toBe(direct.sql);
    expect(other.params).toEqual(['o-2', 'female', [], 'b%', 10]);
  });

  it('refuses a call missing a value, and text whose $n it cannot place', () => {
    expect(() => bind({ org: 'o-1', ids: [] })).toThrow(/"name"/);
    expect(() =>
      renderedWithPlaceholders(sql`select ${sql.raw("'$1'")}, ${sql.placeholder('a')}`),
    ).toThrow('expected $2, found $1');
  });
});
