import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';

import * as schema from './schema';

export type Schema = typeof schema;
/** Either driver's database; services are written once against this. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; it is also a Database, so services take either. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; maxConnections?: number }
  /** `dataDir` undefined keeps the database in memory (tests). */
  | { kind: 'pglite'; dataDir?: string };

/** Plain SQL with $n parameters, for libraries that bring their own SQL (pg-boss). */
export interface SqlAdapter {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseOptions['kind'];
  sql: SqlAdapter;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

// Resolved by hand, not with new URL(): bundlers would treat that as an asset to copy.
const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'drizzle');

export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  switch (options.kind) {
    case 'pglite': {
      // PGlite creates its own folder but not the parents (a fresh clone has no .data/).
      if (options.dataDir) await mkdir(path.dirname(options.dataDir), { recursive: true });
      const client = new PGlite({ dataDir: options.dataDir, extensions: { btree_gist } });
      await client.waitReady;
      const db = drizzlePglite({ client, schema, casing: 'snake_case' });
      return {
        db: db as unknown as Database,
        kind: 'pglite',
        sql: {
          // Parameterless commands may hold several statements (pg-boss's migrations): exec runs
          // them all and the last result is the answer.
          executeSql: async (text, values) => {
            if (values && values.length > 0) return client.query(text, values);
            const results = await client.exec(text);
            return { rows: results.at(-1)?.rows ?? [] };
          },
        },
        // drizzle-kit cannot load PGlite extensions, so migrations run through drizzle-orm.
        migrate: () => migratePglite(db, { migrationsFolder }),
        close: () => client.close(),
      };
    }
    case 'postgres': {
      const pool = new pg.Pool({
        connectionString: options.url,
        max: options.maxConnections ?? 10,
      });
      // A server restart drops idle connections; unheard, that 'error' event would kill the
      // process. The pool has already discarded the connection and the next query opens another.
      pool.on('error', (error) => console.error('database: idle connection lost:', error.message));
      const db = drizzlePg({ client: pool, schema, casing: 'snake_case' });
      return {
        db: db as unknown as Database,
        kind: 'postgres',
        sql: { executeSql: (text, values) => pool.query(text, values) },
        migrate: () => migratePg(db, { migrationsFolder }),
        close: () => pool.end(),
      };
    }
  }
}
