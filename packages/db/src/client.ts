// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- pg ships no types for lib/utils.js, whose prepareValue client.ts uses; the declaration must travel with this file into every package that compiles it
/// <reference path="./pg-utils.d.ts" />
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
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
import { prepareValue } from 'pg/lib/utils.js';

import {
  cacheStatements,
  ensurePrepared,
  executableName,
  hasPrepared,
  parameterised,
  prepareAfter,
} from './statement-cache';

/**
 * Either driver's database; services are written once against this. Built without drizzle's
 * relational query API (`db.query.<table>`), which nothing here uses: given the schema, drizzle
 * constructs a query builder for each of its 55 exports every time it makes a database object,
 * and it makes one for every transaction and savepoint (13.6-15.3 µs each against 0.1-0.3 µs
 * without; 4 % of an encounter read's CPU in one process).
 */
export type Database = PgDatabase<PgQueryResultHKT>;
/** A transaction handle; it is also a Database, so services take either. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; maxConnections?: number }
  /**
   * `dataDir` undefined keeps the database in memory (tests). `loadDataDir` starts from a
   * tarball `dumpDataDir` made (tests' migrated template), skipping initdb and the migrations.
   */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

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
  /** PGlite only: the data directory as a tarball, for another instance's `loadDataDir`. */
  dumpDataDir?: () => Promise<Blob>;
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

/**
 * Marks a DeferredTransactionClient, registered (Symbol.for) like BEGIN_WITH and for the same
 * reason: a transaction begun by one bundled copy of this module (the one that made the handle)
 * is used by services bundled with another (the tRPC route). `instanceof` against the other
 * copy's class failed there, so every audit row on the HTTP API cost a round trip of its own.
 */
const DEFERRED_CLIENT: unique symbol = Symbol.for(
  'stride.deferredTransactionClient',
) as typeof DEFERRED_CLIENT;

function isDeferredClient(client: unknown): client is DeferredTransactionClient {
  return (
    typeof client === 'object' &&
    client !== null &&
    (client as { [DEFERRED_CLIENT]?: unknown })[DEFERRED_CLIENT] === true
  );
}

/** A multi-statement simple query answers each statement's result; the last is the work's. */
const lastResult = (results: unknown): unknown =>
  Array.isArray(results) ? (results.at(-1) as unknown) : results;

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));

/** Drizzle's nested-transaction commands (drizzle-orm 0.45 `NodePgTransaction.transaction`). */
const SAVEPOINT_COMMAND = /^(?:savepoint|release savepoint|rollback to savepoint) sp\d+$/;

/** What a held savepoint command answers: drizzle reads nothing from it. */
const HELD: pg.QueryResult = { command: 'SAVEPOINT', rowCount: null, oid: 0, rows: [], fields: [] };

/** The text of a savepoint command without parameters, as drizzle sends one; else undefined. */
function savepointCommand(config: unknown, values: unknown): string | undefined {
  if (Array.isArray(values) && values.length) return undefined;
  const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
  return typeof text === 'string' && SAVEPOINT_COMMAND.test(text) ? text : undefined;
}

/**
 * The connection of one `beginWith` transaction: taken from the pool, and begun with its first
 * statement, only when the work sends its first query. A call that answers from memory (a week
 * of slots the slot cache remembers) then costs no connection and no round trip, while every
 * statement that is sent still runs inside the transaction, after the first statement (the
 * organisation setting). Only `query` is used: drizzle's session asks nothing else of a client.
 * Its class name must not contain "Pool", which drizzle takes for a pool to connect.
 *
 * Statements whose answer nobody waits for are held and sent in the next round trip, in order:
 * audit rows (sendWithNextStatement) and drizzle's savepoint commands. They ride with the BEGIN,
 * with the COMMIT, or with the work's next statement (as `EXECUTE` of its prepared form, once the
 * connection has prepared it), so a service's nested transaction and its audit row cost no round
 * trips of their own.
 *
 * The work's first statement itself, when it has values, travels with the BEGIN (`openWith`):
 * a read that is one statement and an audit row is then two round trips, BEGIN + read and
 * audit + COMMIT. On this project's 2-core benchmark host a round trip cost the server about a
 * millisecond of CPU (socket calls, protocol parsing, promise hooks), as much as the rest of a
 * cheap read.
 */
class DeferredTransactionClient {
  /** What sendWithNextStatement recognises, in whichever bundled copy of this module it runs. */
  readonly [DEFERRED_CLIENT] = true;
  private opening: Promise<pg.PoolClient> | undefined;
  /** Held statements, oldest first. */
  private pending: string[] = [];

  constructor(
    private readonly pool: pg.Pool,
    private readonly firstStatement: string,
  ) {}

  query(config: unknown, values?: unknown): Promise<unknown> {
    const savepoint = savepointCommand(config, values);
    if (savepoint) {
      this.pending.push(savepoint);
      return Promise.resolve(HELD);
    }
    if (!this.opening) {
      const executable = executableStatement(config, values);
      if (executable) return this.openWith(executable);
    }
    return this.open().then(async (client) => {
      // Held statements go first, in the order the work asked for them.
      const held = this.takePending();
      if (!held) return client.query(config as pg.QueryConfig, values as never);
      const executable = executableStatement(config, values);
      if (executable && hasPrepared(client, executable.name)) {
        // Both in one round trip: `<held>; execute name(<values>)`, whose last result is the
        // statement's (a savepoint or an audit row, then the statement after it).
        const text = `${held};\n${executeCommand(executable)}`;
        return lastResult(await client.query({ ...executable.config, text } as pg.QueryConfig));
      }
      // The first time on this connection, the held statements go with its PREPARE instead.
      if (executable) await prepareAfter(client, held, executable.name, executable.text);
      else await client.query(held);
      return client.query(config as pg.QueryConfig, values as never);
    });
  }

  /** Held until the work's next statement, or sent with the COMMIT if none follows. */
  sendWithNext(text: string): void {
    this.pending.push(text);
  }

  private takePending(): string | undefined {
    if (!this.pending.length) return undefined;
    const text = this.pending.join(';\n');
    this.pending = [];
    return text;
  }

  private open(): Promise<pg.PoolClient> {
    this.opening ??= (async () => {
      const client = await this.pool.connect();
      try {
        // Whatever is held so far travels with the BEGIN.
        const held = this.takePending();
        await client.query(`begin; ${this.firstStatement}${held ? `;\n${held}` : ''}`);
      } catch (error) {
        // A client whose BEGIN failed is in an unknown state: destroy it.
        client.release(asError(error));
        throw error;
      }
      return client;
    })();
    return this.opening;
  }

  /**
   * Begins the transaction and runs the work's first statement in the same round trip: one
   * simple-protocol query, `begin; <first statement>; <held>; execute name(<values>)`, whose
   * last result is the statement's. Values are inlined exactly as node-postgres would send them
   * (as text, typed by the prepared statement); the plan is the connection's prepared one.
   * If the statement fails, the BEGIN before it has still run: the transaction is open (and
   * failed) on this connection, and the work's rollback ends it as after any failed statement.
   */
  private openWith(executable: ExecutableStatement): Promise<unknown> {
    let answer: Promise<unknown> = Promise.resolve();
    this.opening = (async () => {
      const client = await this.pool.connect();
      try {
        await ensurePrepared(client, executable.name, executable.text);
      } catch (error) {
        // The statement has failed, outside any transaction. The connection goes too, as after a
        // failed BEGIN: whatever failed (the statement or the socket), it is not kept guessing.
        client.release(asError(error));
        throw error;
      }
      const held = this.takePending();
      const text = `begin; ${this.firstStatement};\n${held ? `${held};\n` : ''}${executeCommand(executable)}`;
      answer = client.query({ ...executable.config, text } as pg.QueryConfig).then(lastResult);
      await answer.catch(() => undefined);
      return client;
    })();
    return this.opening.then(() => answer);
  }

  /**
   * Commits or rolls back what was begun, if anything was, and gives the connection back. Held
   * statements go in the COMMIT's round trip: if one fails, PostgreSQL runs nothing after it, so
   * the COMMIT never happens and the transaction dies with its connection. A rollback drops them.
   */
  async end(command: 'commit' | 'rollback'): Promise<void> {
    // Held statements other than savepoint commands: writes the call must not lose.
    const writes = this.pending.some((text) => !SAVEPOINT_COMMAND.test(text));
    if (!this.opening) {
      // Nothing begun, and nothing held but savepoints around no statements: nothing to do.
      if (command === 'rollback' || !writes) return;
      // Held writes only (a call that read nothing but wrote its audit row): begin with them.
      await this.open();
    }
    // Sent with a COMMIT; a ROLLBACK drops them.
    const held = this.takePending();
    // A BEGIN that failed has released its client already, and failed the work's statement.
    const client = await this.opening?.catch(() => undefined);
    if (!client) {
      // Its held writes would be lost: fail the call rather than answer as if they were written.
      if (writes && command === 'commit') throw new Error('the transaction could not begin');
      return;
    }
    let broken: Error | undefined;
    try {
      await client.query(held && command === 'commit' ? `${held};\n${command}` : command);
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
 * The value as a SQL literal: the text node-postgres would send for it as a parameter
 * (`prepareValue`: numbers, flags, dates, arrays and JSON all as text), quoted, so PostgreSQL
 * types it from where it stands exactly as it would the parameter. Undefined for what cannot
 * travel inside a query's text (bytes, a NUL): the caller then sends the statement the ordinary
 * way (where a NUL fails as it always did).
 */
function inlineLiteral(value: unknown): string | undefined {
  const text: unknown = prepareValue(value);
  if (text === null) return 'null';
  return typeof text === 'string' && !text.includes('\0') ? pg.escapeLiteral(text) : undefined;
}

interface ExecutableStatement {
  name: string;
  text: string;
  /** The values as SQL literals, comma-separated. */
  args: string;
  /** What else the caller asked of the query (drizzle's rowMode and type parsers). */
  config: { rowMode?: unknown; types?: unknown };
}

/** `EXECUTE name(literals)`: the statement run on its prepared form, values inlined. */
const executeCommand = (e: ExecutableStatement): string => `execute ${e.name}(${e.args})`;

/**
 * A statement with parameters as `EXECUTE name(literals)`, or undefined when it cannot be one:
 * no parameters, a Submittable, a name of its own, a value that is bytes or holds a NUL, or
 * past the limit of names. Such a statement takes the ordinary path (BEGIN, then the statement).
 */
function executableStatement(config: unknown, values: unknown): ExecutableStatement | undefined {
  const plain = parameterised(config, values);
  if (!plain) return undefined;
  const literals = plain.params.map(inlineLiteral);
  if (!literals.every((l) => l !== undefined)) return undefined;
  const name = executableName(plain.text);
  if (!name) return undefined;
  const { rowMode, types } = (typeof config === 'object' && config !== null ? config : {}) as {
    rowMode?: unknown;
    types?: unknown;
  };
  const rest: ExecutableStatement['config'] = {};
  if (rowMode !== undefined) rest.rowMode = rowMode;
  if (types !== undefined) rest.types = types;
  return { name, text: plain.text, args: literals.join(', '), config: rest };
}

/**
 * Runs `statement` in `db`'s transaction without a round trip of its own: in a transaction begun
 * by beginWith it is held and sent, as text with its values inlined, ahead of the work's next
 * statement or together with the COMMIT. An audited read (read, audit row, COMMIT) then costs one
 * round trip fewer. Anywhere else (PGlite, a plain transaction) it simply runs now.
 *
 * The statement stays in its transaction: it runs before anything the work sends after it, and
 * if it fails the transaction fails, only later (at the next statement or the COMMIT, which then
 * rejects instead of committing). So it suits a write nothing in the work depends on, whose
 * failure must fail the call: an audit row. Its values are inlined as node-postgres would send
 * them (`inlineLiteral`); one that cannot be (bytes, a NUL) makes it run now instead. The
 * statement must hold no `$n` of its own inside quoted text (a query builder's never does).
 */
export async function sendWithNextStatement(db: Database, statement: SQL): Promise<void> {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  if (isDeferredClient(client)) {
    const dialect = (db as unknown as { dialect: PgDialect }).dialect;
    const query = dialect.sqlToQuery(statement);
    const literals = query.params.map(inlineLiteral);
    if (literals.every((l) => l !== undefined)) {
      client.sendWithNext(
        query.sql.replace(/\$(\d+)/g, (_, n: string) => literals[Number(n) - 1] as string),
      );
      return;
    }
  }
  await db.execute(statement);
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
    typeof NodePgSession<Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>
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
export const migrationsFolder = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'drizzle',
);

export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  switch (options.kind) {
    case 'pglite': {
      // PGlite creates its own folder but not the parents (a fresh clone has no .data/).
      if (options.dataDir) await mkdir(path.dirname(options.dataDir), { recursive: true });
      const client = new PGlite({
        dataDir: options.dataDir,
        loadDataDir: options.loadDataDir,
        extensions: { btree_gist },
      });
      await client.waitReady;
      const db = drizzlePglite({ client, casing: 'snake_case' });
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
        // Uncompressed: loading a gzipped dump took 0.3 s longer than this 43 MB tarball.
        dumpDataDir: () => client.dumpDataDir('none'),
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
      const pgDb = drizzlePg({ client: pool, casing: 'snake_case' });
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
