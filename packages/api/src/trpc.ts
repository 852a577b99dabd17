import { initTRPC, TRPCError } from '@trpc/server';

import type { Role } from '@stride/db';
import { inTenant } from '@stride/db';

import type { AuditRule } from './audit-trail/audit-rule';
import type { AuthedContext, Context } from './context';
import { recordDenial } from './audit-trail/record-denial';
import { DomainError } from './errors';
import { transformer } from './transformer';
import { hasUnstorableText, UNSTORABLE_TEXT_MESSAGE } from './unstorable-text';

/** Every procedure declares who may call it; a test walks the router and fails on any that does not. */
export type Access =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly Role[] };
/**
 * Optional in the type only because tRPC's `.meta()` takes the whole shape: the procedure types
 * set `access`, routers add `audit`, and tests fail on a procedure missing either.
 */
export interface Meta {
  access?: Access;
  audit?: AuditRule;
  /**
   * On a mutation that writes nothing a viewer is made of (sessions, memberships and their
   * locations, an organisation's or a user's name): its author's viewer stays remembered after
   * it. Others forget it (signedIn, step 3), and the author's next request asks the database.
   */
  keepsViewer?: true;
  /**
   * The call's transaction plans its prepared statements once per connection, not per call
   * (`TenantOptions.genericPlans`): for procedures whose statements read bounded ranges through
   * fixed indexes, checked with generic plans on the benchmark's data.
   */
  genericPlans?: true;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer,
    errorFormatter({ shape, error }) {
      // Clients never see stack traces or internal messages.
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        ...shape,
        message: internal ? 'Something went wrong on our side. Please try again.' : shape.message,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Why the middlewares below are few and large: tRPC copies a call's options (and, where a link
 * passes a context on, the context) at every link of the chain, with a generic object-spread
 * helper, and awaits each link. Ten links (seven small middlewares, input, output, the resolver)
 * were a tenth of an encounter read's CPU in one process; the same steps in two middlewares are
 * five links.
 */

/** A service's DomainError, as the tRPC error its code names. */
function mapDomainError<R extends { ok: true } | { ok: false; error: TRPCError }>(result: R): R {
  const cause = result.ok ? undefined : result.error.cause;
  if (cause instanceof DomainError)
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  return result;
}

/**
 * Every procedure's first link: text no column can store is refused on the raw input, before
 * any schema or query sees it, and services' DomainErrors become tRPC errors.
 */
const guarded = t.middleware(async ({ getRawInput, next }) => {
  if (hasUnstorableText(await getRawInput()))
    throw new TRPCError({ code: 'BAD_REQUEST', message: UNSTORABLE_TEXT_MESSAGE });
  return mapDomainError(await next());
});

const base = t.procedure.use(guarded);

export const publicProcedure = base.meta({ access: { kind: 'public' } });

/**
 * Refusals of audited patient procedures past the role check are logged as `denied`, in the
 * call's transaction.
 */
async function auditDenial(
  ctx: AuthedContext,
  call: { meta: Meta | undefined; path: string; getRawInput: () => Promise<unknown> },
  result: { ok: true } | { ok: false; error: TRPCError },
): Promise<void> {
  const rule = call.meta?.audit;
  if (result.ok || rule?.kind !== 'audited' || !rule.patient) return;
  const cause = result.error.cause;
  const code = cause instanceof DomainError ? cause.code : result.error.code;
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN') {
    const rawInput = await call.getRawInput().catch(() => undefined);
    await recordDenial(ctx, { path: call.path, action: rule.actions[0], code, rawInput });
  }
}

/**
 * A signed-in call, for `roles` only when given, in this order:
 *
 * 1. Nobody signed in is UNAUTHORIZED; a role not in `roles` is FORBIDDEN (no transaction).
 * 2. All of the call's database work runs in one transaction with the viewer's organisation set,
 *    so PostgreSQL's row-level security admits only that organisation's rows even where a query
 *    forgets its filter. Services' own transactions nest as savepoints. The call's result is
 *    returned, not thrown, so an error commits what committed before (the denial row included).
 * 3. Once that transaction has ended, a mutation's caches are forgotten in this process, at once
 *    (`forgetChangesBy`): the page a form re-renders after its write reads them next, possibly
 *    before the change's notification has arrived. A failed mutation too, since an error still
 *    commits what committed before it. The viewer is kept after a mutation that cannot change
 *    it (`keepsViewer`): forgetting it sent every booking's next request back to the database
 *    (2,951 viewer lookups for 3,043 bench bookings and cancellations), and forgetting bumps the
 *    cache's change count, so no concurrent lookup of anyone could be stored either.
 */
function signedIn(roles?: readonly Role[]) {
  return t.middleware(async ({ ctx, type, meta, path, getRawInput, next }) => {
    const viewer = ctx.viewer;
    if (!viewer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
    if (roles && !roles.includes(viewer.role))
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'Your role does not have access to this.',
      });
    const tenant = { organizationId: viewer.organizationId, userId: viewer.userId };
    try {
      return await inTenant(
        ctx.db,
        tenant,
        async (db) => {
          const authed: AuthedContext = { ...ctx, viewer, db };
          const result = await next({ ctx: authed });
          await auditDenial(authed, { meta, path, getRawInput }, result);
          return result;
        },
        { genericPlans: meta?.genericPlans === true },
      );
    } finally {
      if (type === 'mutation') {
        ctx.slotCache?.forgetChangesBy(viewer);
        ctx.priorsCache?.forgetChangesBy(viewer);
        if (!meta?.keepsViewer) ctx.viewerCache?.forgetChangesBy(viewer);
      }
    }
  });
}

export const authedProcedure = base.meta({ access: { kind: 'authenticated' } }).use(signedIn());

function roleProcedure(roles: readonly Role[]) {
  return base.meta({ access: { kind: 'roles', roles } }).use(signedIn(roles));
}

export const adminProcedure = roleProcedure(['admin']);
export const clinicianProcedure = roleProcedure(['clinician']);
/** Staff who work with patients' records: clinicians and the front desk. */
export const staffProcedure = roleProcedure(['clinician', 'front_desk']);
export const patientProcedure = roleProcedure(['patient']);
/** Everyone who runs a location's day: the front desk, clinicians and admins. */
export const schedulingStaffProcedure = roleProcedure(['admin', 'clinician', 'front_desk']);
/** Who may read who accessed a patient's record: the clinicians treating them and admins. */
export const recordKeeperProcedure = roleProcedure(['admin', 'clinician']);
/** Who reads the diagnosis engine's prior profiles: admins, who edit them, and clinicians. */
export const priorsReaderProcedure = roleProcedure(['admin', 'clinician']);
/** Who may change working hours: clinicians (their own) and admins. */
export const hoursEditorProcedure = roleProcedure(['admin', 'clinician']);
