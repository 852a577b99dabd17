import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgDialect, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { drizzle as drizzlePg, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';

import * as schema from './schema';
import { cacheStatements } from './statement-cache';

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

/**
 * A subscription to a NOTIFY channel. `onLost` runs at most once, when notifications may have
 * been missed (the connection failed); the subscription is over then and `stop` is a no-op.
 */
export type Listen = (
  channel: string,
  onMessage: (payload: string) => void,
  onLost: (error: Error) => void,
) => Promise<{ stop(): Promise<void> }>;

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseOptions['kind'];
  sql: SqlAdapter;
  listen: Listen;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/**
 * On a top-level node-postgres Database: runs `work` in a transaction whose BEGIN travels with a
 * first statement in one round trip (`tenancy.ts` sets the organisation this way). Absent on
 * PGlite and on transactions, which take the ordinary path.
 */
// Registered (Symbol.for), not unique: Next bundles this module into several server chunks, and a
// handle made by one copy (the first page rendered) is used by the others (the tRPC route). With
// a per-copy Symbol() the API never found it, and every signed-in call paid an extra round trip.
export const BEGIN_WITH: unique symbol = Symbol.for('stride.beginWith') as typeof BEGIN_WITH;
export type BeginWith = <T>(
  firstStatement: string,
  work: (tx: Database) => Promise<T>,
) => Promise<T>;

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));

/**
 * The connection of one `beginWith` transaction: taken from the pool, and begun with its first
 * statement, only when the work sends its first query. A call that answers from memory (a week
 * of slots the slot cache remembers) then costs no connection and no round trip, while every
 * statement that is sent still runs inside the transaction, after the first statement (the
 * organisation setting). Only `query` is used: drizzle's session asks nothing else of a client.
 * Its class name must not contain "Pool", which drizzle takes for a pool to connect.
 */
class DeferredTransactionClient {
  private opening: Promise<pg.PoolClient> | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly firstStatement: string,
  ) {}

  query(config: unknown, values?: unknown): Promise<unknown> {
    return this.open().then((client) => client.query(config as pg.QueryConfig, values as never));
  }

  private open(): Promise<pg.PoolClient> {
    this.opening ??= (async () => {
      const client = await this.pool.connect();
      try {
        await client.query(`begin; ${this.firstStatement}`);
      } catch (error) {
        // A client whose BEGIN failed is in an unknown state: destroy it.
        client.release(asError(error));
        throw error;
      }
      return client;
    })();
    return this.opening;
  }

  /** Commits or rolls back what was begun, if anything was, and gives the connection back. */
  async end(command: 'commit' | 'rollback'): Promise<void> {
    if (!this.opening) return;
    // A BEGIN that failed has released its client already, and failed the work's statement.
    const client = await this.opening.catch(() => undefined);
    if (!client) return;
    let broken: Error | undefined;
    try {
      await client.query(command);
    } catch (error) {
      // Likewise a client whose COMMIT or ROLLBACK failed.
      broken = asError(error);
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

/**
 * Drizzle's own node-postgres transaction (drizzle-orm 0.45 `NodePgSession.transaction`) with the
 * BEGIN sent together with `firstStatement` as one simple-protocol query, and only once the work
 * sends a statement (DeferredTransactionClient). Every signed-in request runs in such a
 * transaction, so the saved round trips are paid back on every call. The statement must carry no
 * parameters: callers inline only values they have validated.
 */
function beginWith(pool: pg.Pool, db: Database): BeginWith {
  type SessionArgs = ConstructorParameters<
    typeof NodePgSession<Schema, ExtractTablesWithRelations<Schema>>
  >;
  const root = (
    db as unknown as {
      session: { dialect: PgDialect; schema: SessionArgs[2]; options: SessionArgs[3] };
    }
  ).session;
  return async (firstStatement, work) => {
    const client = new DeferredTransactionClient(pool, firstStatement);
    const session = new NodePgSession(
      client as unknown as pg.PoolClient,
      root.dialect,
      root.schema,
      root.options,
    );
    const tx = new NodePgTransaction(root.dialect, session, root.schema);
    let result: Awaited<ReturnType<typeof work>>;
    try {
      result = await work(tx as unknown as Database);
    } catch (error) {
      await client.end('rollback');
      throw error;
    }
    await client.end('commit');
    return result;
  };
}

/** LISTEN on a connection of its own: a pooled one would be handed to other work. */
async function listenPg(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onLost: (error: Error) => void,
): Promise<{ stop(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  let over = false;
  const lose = (error: Error) => {
    if (over) return;
    over = true;
    onLost(error);
    client.end().catch(() => undefined);
  };
  // Unheard, a dropped connection's 'error' event would kill the process.
  client.on('error', lose);
  client.on('end', () => lose(new Error(`the ${channel} listener's connection closed`)));
  client.on('notification', (message) => {
    if (!over && message.channel === channel) onMessage(message.payload ?? '');
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
  } catch (error) {
    over = true;
    await client.end().catch(() => undefined);
    throw error;
  }
  return {
    stop: async () => {
      if (over) return;
      over = true;
      await client.end();
    },
  };
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
        // In-process: a notification cannot be lost while the instance is open.
        listen: async (channel, onMessage) => {
          const unlisten = await client.listen(channel, onMessage);
          return { stop: () => unlisten() };
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
      cacheStatements(pool);
      const pgDb = drizzlePg({ client: pool, schema, casing: 'snake_case' });
      const db = pgDb as unknown as Database;
      Object.defineProperty(db, BEGIN_WITH, { value: beginWith(pool, db) });
      return {
        db,
        kind: 'postgres',
        sql: { executeSql: (text, values) => pool.query(text, values) },
        listen: (channel, onMessage, onLost) => listenPg(options.url, channel, onMessage, onLost),
        migrate: () => migratePg(pgDb, { migrationsFolder }),
        close: () => pool.end(),
      };
    }
  }
}
