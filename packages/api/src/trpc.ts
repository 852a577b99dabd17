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

const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    throw new TRPCError({
      code: result.error.cause.code,
      message: result.error.cause.message,
      cause: result.error.cause,
    });
  }
  return result;
});

/** Checked on the raw input of every procedure, before any schema or query sees it. */
const rejectUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  if (hasUnstorableText(await getRawInput()))
    throw new TRPCError({ code: 'BAD_REQUEST', message: UNSTORABLE_TEXT_MESSAGE });
  return next();
});

const base = t.procedure.use(mapDomainErrors).use(rejectUnstorableText);

export const publicProcedure = base.meta({ access: { kind: 'public' } });

const requireViewer = t.middleware(({ ctx, next }) => {
  if (!ctx.viewer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  return next({ ctx: { ...ctx, viewer: ctx.viewer } satisfies AuthedContext });
});

/**
 * All of a signed-in call's database work runs in one transaction with the viewer's organisation
 * set, so PostgreSQL's row-level security admits only that organisation's rows even where a
 * query forgets its filter. Services' own transactions nest as savepoints. The call's result is
 * returned, not thrown, so an error commits what committed before (the denial row included),
 * exactly as the separate autocommitted statements did.
 */
const inViewerOrganization = t.middleware(({ ctx, next }) => {
  if (!ctx.viewer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  const viewer = ctx.viewer;
  const tenant = { organizationId: viewer.organizationId, userId: viewer.userId };
  return inTenant(ctx.db, tenant, (db) =>
    next({ ctx: { ...ctx, viewer, db } satisfies AuthedContext }),
  );
});

/**
 * Once a mutation's transaction has ended (this runs outside inViewerOrganization), this
 * process's caches forget what it may have changed, at once: the page a form re-renders after
 * its write reads them next, possibly before the change's notification has arrived. Run on a
 * failed mutation too, since an error still commits what committed before it.
 */
const forgetOwnChanges = t.middleware(async ({ ctx, type, next }) => {
  const result = await next();
  if (type === 'mutation' && ctx.viewer)
    for (const cache of [ctx.slotCache, ctx.priorsCache, ctx.viewerCache])
      cache?.forgetChangesBy(ctx.viewer);
  return result;
});

/** Refusals of audited patient procedures past the role check are logged as `denied`. */
const auditDenials = t.middleware(async ({ ctx, meta, path, getRawInput, next }) => {
  const result = await next();
  const rule = meta?.audit;
  if (result.ok || !ctx.viewer || rule?.kind !== 'audited' || !rule.patient) return result;
  const cause = result.error.cause;
  const code = cause instanceof DomainError ? cause.code : result.error.code;
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN') {
    const rawInput = await getRawInput().catch(() => undefined);
    await recordDenial(
      { ...ctx, viewer: ctx.viewer },
      { path, action: rule.actions[0], code, rawInput },
    );
  }
  return result;
});

export const authedProcedure = base
  .meta({ access: { kind: 'authenticated' } })
  .use(requireViewer)
  .use(forgetOwnChanges)
  .use(inViewerOrganization)
  .use(auditDenials);

function roleProcedure(roles: readonly Role[]) {
  return base
    .meta({ access: { kind: 'roles', roles } })
    .use(requireViewer)
    .use(({ ctx, next }) => {
      if (!roles.includes(ctx.viewer.role)) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: 'Your role does not have access to this.',
        });
      }
      return next();
    })
    .use(forgetOwnChanges)
    .use(inViewerOrganization)
    .use(auditDenials);
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
