import type pg from 'pg';

/**
 * Distinct statement texts this process names, at most. Past it, new texts go unnamed (parsed
 * and planned on every call, as before), so a stream of one-off texts (an `in (...)` list of a
 * new length, say) cannot grow every connection's server memory without bound.
 */
export const STATEMENT_CACHE_LIMIT = 300;

interface QueryConfig {
  text?: unknown;
  name?: unknown;
  values?: unknown;
  submit?: unknown;
}

/**
 * Gives every parameterised statement a name derived from its text, on each connection of the
 * pool, so PostgreSQL parses it once per connection and may keep its plan (node-postgres then
 * skips the Parse message, and the server plans at most a few times before reusing a generic
 * plan when that costs no more). Measured on the benchmark's data, parse and plan were a third
 * of PostgreSQL's time for the hot reads: the caseload page query took 2.4 ms a call, 1.8 ms
 * prepared.
 *
 * Only statements with parameters are named: a parameterless text may hold several statements
 * (`begin; select set_config(...)`), which the extended protocol that names need refuses.
 * A statement prepared before a migration changes a table's columns fails once with "cached
 * plan must not change result type"; migrations run before the server starts.
 */
export function cacheStatements(pool: pg.Pool, limit = STATEMENT_CACHE_LIMIT): void {
  const nameOf = boundedNames('stride_', limit);
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    const named = (config: unknown, values?: unknown, callback?: unknown): unknown => {
      const plain = parameterised(config, values);
      const name = plain && nameOf(plain.text);
      if (!name) return query(config, values, callback);
      const withName =
        typeof config === 'string' ? { text: config, name } : { ...(config as QueryConfig), name };
      return query(withName, values, callback);
    };
    client.query = named as typeof client.query;
  });
}

/** Names for statement texts, `<prefix><n>`, at most `limit` of them; past it, undefined. */
function boundedNames(prefix: string, limit: number): (text: string) => string | undefined {
  const names = new Map<string, string>();
  return (text) => {
    let name = names.get(text);
    if (name === undefined && names.size < limit) {
      name = `${prefix}${names.size}`;
      names.set(text, name);
    }
    return name;
  };
}

/**
 * The text and values of a statement node-postgres would send with parameters, ready to be
 * named; undefined for a parameterless text (it may hold several statements), a Submittable (a
 * cursor, a stream: it manages its own protocol) or a statement already named.
 */
export function parameterised(
  config: unknown,
  values: unknown,
): { text: string; params: unknown[] } | undefined {
  const c = (typeof config === 'string' ? { text: config } : config) as QueryConfig | null;
  if (c === null || typeof c !== 'object') return undefined;
  if (typeof c.submit === 'function' || typeof c.text !== 'string' || c.name !== undefined)
    return undefined;
  const params = values ?? c.values;
  return Array.isArray(params) && params.length > 0 ? { text: c.text, params } : undefined;
}

/** Which SQL-level names each connection has prepared; a connection lives and dies with its client. */
const preparedOn = new WeakMap<object, Set<string>>();

/**
 * The name under which `text` (one statement with $n parameters) runs as `EXECUTE name(...)`
 * inside a simple-protocol query, or undefined past the limit; apart from the protocol-level
 * names above. See DeferredTransactionClient in client.ts: a transaction's first statement
 * travels with its BEGIN that way, in one round trip, and still keeps its plan, which a
 * statement inlined as plain text would not (pg-boss's insert, planned every call, cost 0.71 ms
 * against 0.26 ms prepared).
 */
export const executableName = boundedNames('stride_x', STATEMENT_CACHE_LIMIT);

/** The names prepared on this connection so far. */
function preparedNames(client: pg.PoolClient): Set<string> {
  let names = preparedOn.get(client);
  if (!names) {
    names = new Set();
    preparedOn.set(client, names);
  }
  return names;
}

/** Whether this connection has `name` prepared already. */
export function hasPrepared(client: pg.PoolClient, name: string): boolean {
  return preparedOn.get(client)?.has(name) ?? false;
}

/**
 * Prepares `text` as `name` on this connection, after `before` (statements held for this round
 * trip) in the same simple-protocol query. If the query fails, the PREPARE, which comes last,
 * did not happen. Prepared statements are not transactional, so a later rollback does not undo
 * it.
 */
export async function prepareAfter(
  client: pg.PoolClient,
  before: string | undefined,
  name: string,
  text: string,
): Promise<void> {
  await client.query(`${before ? `${before};\n` : ''}prepare ${name} as ${text}`);
  preparedNames(client).add(name);
}

/**
 * Prepares `text` as `name` on this connection unless it already has: once per connection and
 * statement, its own round trip outside any transaction (a failed PREPARE leaves the connection
 * as it was).
 */
export async function ensurePrepared(client: pg.PoolClient, name: string, text: string) {
  if (!hasPrepared(client, name)) await prepareAfter(client, undefined, name, text);
}
