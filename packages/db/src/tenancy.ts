import { sql } from 'drizzle-orm';

import type { BeginWith, Database } from './client';
import { BEGIN_WITH } from './client';
import { rawRows } from './raw-rows';

/**
 * The role the app connects as on PostgreSQL (created by migration 0008): neither owner nor
 * superuser, so the row-level security policies apply to every query it runs.
 */
export const APP_DATABASE_ROLE = 'stride_app';

/**
 * The owner's connection URL with the app's role instead: same server and database. Without a
 * password this relies on the server trusting the connection (as CI's loopback server does).
 */
export function appRoleUrl(ownerUrl: string, password?: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_DATABASE_ROLE;
  url.password = password ?? '';
  return url.toString();
}

/** Gives the app's role a password (run as the owner), for servers that do not trust it. */
export async function setAppRolePassword(db: Database, password: string): Promise<void> {
  // ALTER ROLE takes no parameters: the server quotes the statement itself.
  const [row] = await rawRows<{ statement: string }>(
    db,
    sql`select format('alter role %I password %L', ${APP_DATABASE_ROLE}::text, ${password}::text) as statement`,
  );
  if (row) await db.execute(sql.raw(row.statement));
}

export interface Tenant {
  organizationId: string;
  /** Also lets the person's own sessions in other organisations through (auth_sessions). */
  userId?: string;
}

/**
 * Sets the organisation the policies admit for the rest of the current transaction only
 * (`is_local`), so a pooled connection never carries it into someone else's request. Outside a
 * transaction it would last one statement: callers use `inTenant` or are inside one already.
 */
export async function setTenant(tx: Database, tenant: Tenant): Promise<void> {
  await tx.execute(
    sql`select set_config('stride.organization_id', ${tenant.organizationId}, true),
               set_config('stride.user_id', ${tenant.userId ?? ''}, true)`,
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A canonical uuid (any version): safe to inline, and never an error when cast to uuid. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** How a tenant transaction's statements are planned. */
export interface TenantOptions {
  /**
   * Plan the transaction's prepared statements once per connection (`plan_cache_mode =
   * force_generic_plan`) instead of for every call's values. For transactions whose statements
   * read bounded ranges through fixed indexes, where a plan for the values is the same plan:
   * PostgreSQL otherwise kept re-planning the booking's slot-rules and claim statements on every
   * call (their generic plans are estimated dearer than they run), and planning was a third of
   * its CPU per booking on the benchmark's data. Set only by procedures whose statements were
   * checked this way (scheduling's writes); reads over chosen date ranges stay planned per call.
   */
  genericPlans?: boolean;
}

const GENERIC_PLANS = `set_config('plan_cache_mode', 'force_generic_plan', true)`;

/** Runs `work` in a transaction (a savepoint when `db` is one) with the organisation set. */
export function inTenant<T>(
  db: Database,
  tenant: Tenant,
  work: (tx: Database) => Promise<T>,
  options: TenantOptions = {},
): Promise<T> {
  const begin = (db as Database & { [BEGIN_WITH]?: BeginWith })[BEGIN_WITH];
  const userId = tenant.userId ?? '';
  const plans = options.genericPlans ? `, ${GENERIC_PLANS}` : '';
  // On PostgreSQL the setting rides with BEGIN: one round trip instead of two on every signed-in
  // call. Inlined, so only ids that are certainly uuids go this way (they come from the session
  // row, never from input); anything else takes the parameterised path below.
  if (begin && isUuid(tenant.organizationId) && (userId === '' || isUuid(userId))) {
    return begin(
      `select set_config('stride.organization_id', '${tenant.organizationId}', true), set_config('stride.user_id', '${userId}', true)${plans}`,
      work,
    );
  }
  return db.transaction(async (tx) => {
    await setTenant(tx, tenant);
    if (plans) await tx.execute(sql.raw(`select ${GENERIC_PLANS}`));
    return work(tx);
  });
}

// The narrow ways in before an organisation is known. Each calls one SECURITY DEFINER function
// of migration 0008 that answers a single question; everything after runs under the policies.

/** Whose session this is, whatever its state; null for an unknown id. */
export async function sessionTenant(
  db: Database,
  sessionId: string,
): Promise<Required<Tenant> | null> {
  const [row] = await rawRows<{ organization_id: string; user_id: string }>(
    db,
    sql`select organization_id, user_id from stride_session_tenant(${sessionId}::uuid)`,
  );
  return row ? { organizationId: row.organization_id, userId: row.user_id } : null;
}

/** The organisation and role a person signs in to: their first active membership. */
export async function signInMembership(
  db: Database,
  userId: string,
): Promise<{ organizationId: string; role: string } | null> {
  const [row] = await rawRows<{ organization_id: string; role: string }>(
    db,
    sql`select organization_id, role from stride_sign_in_membership(${userId}::uuid)`,
  );
  return row ? { organizationId: row.organization_id, role: row.role } : null;
}

/** The organisation that issued the invitation with this token hash; null when none did. */
export async function invitationOrganization(
  db: Database,
  tokenHash: string,
): Promise<string | null> {
  const [row] = await rawRows<{ organization_id: string | null }>(
    db,
    sql`select stride_invitation_organization(${tokenHash}) as organization_id`,
  );
  return row?.organization_id ?? null;
}
