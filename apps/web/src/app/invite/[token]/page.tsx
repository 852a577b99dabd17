import type { Metadata } from 'next';
import { TRPCError } from '@trpc/server';
import { ActionForm, FieldError } from '~/components/action-form';
import { getApi } from '~/server/api';

import { acceptAction } from './actions';

export const metadata: Metadata = { title: 'Join your clinic', referrer: 'no-referrer' };

const INVALID_LINK =
  'This invitation link is not valid. Check that you copied all of it, or ask for a new one.';
const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm';

async function preview(token: string) {
  try {
    return await (await getApi()).staff.previewInvitation({ token });
  } catch (error) {
    // A link cut short or mangled fails the token's format check: say so, not 404.
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST')
      return { ok: false as const, message: INVALID_LINK };
    throw error;
  }
}

/** Public: the invitee arrives from the emailed link, sets a password (if new) and joins. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await preview(token);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <p className="text-center text-2xl font-bold tracking-tight text-brand-800">Stride</p>
        {!invite.ok ? (
          <div className="mt-8 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
            <h1 className="text-xl font-semibold">This link cannot be used</h1>
            <p className="mt-2 text-sm text-slate-700" data-testid="invite-refused">
              {invite.message}
            </p>
          </div>
        ) : (
          <>
            <h1 className="mt-6 text-center text-xl font-semibold">
              Join {invite.organizationName}
            </h1>
            <p className="mt-1 text-center text-sm text-slate-600" data-testid="invite-summary">
              {invite.name} ({invite.email}) as {invite.roleLabel.toLowerCase()}
            </p>
            <div className="mt-8 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
              <ActionForm action={acceptAction} className="space-y-5" testId="accept-form">
                <input type="hidden" name="token" value={token} />
                {invite.needsPassword ? (
                  <>
                    <div>
                      <label
                        htmlFor="password"
                        className="block text-sm font-medium text-slate-700"
                      >
                        Choose a password
                      </label>
                      <input
                        id="password"
                        name="password"
                        type="password"
                        autoComplete="new-password"
                        minLength={12}
                        required
                        aria-describedby="password-hint password-error"
                        className={inputClass}
                        data-testid="field-password"
                      />
                      <p id="password-hint" className="mt-1 text-xs text-slate-600">
                        At least 12 characters. A few unrelated words work well.
                      </p>
                      <FieldError name="password" id="password-error" />
                    </div>
                    <div>
                      <label
                        htmlFor="confirmPassword"
                        className="block text-sm font-medium text-slate-700"
                      >
                        The same password again
                      </label>
                      <input
                        id="confirmPassword"
                        name="confirmPassword"
                        type="password"
                        autoComplete="new-password"
                        required
                        aria-describedby="confirmPassword-error"
                        className={inputClass}
                        data-testid="field-confirmPassword"
                      />
                      <FieldError name="confirmPassword" id="confirmPassword-error" />
                    </div>
                  </>
                ) : (
                  <p className="text-sm text-slate-700">
                    You already have a Stride account with this email. Accept, then sign in with
                    your usual password.
                  </p>
                )}
                <button
                  type="submit"
                  className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
                  data-testid="accept-submit"
                >
                  Join {invite.organizationName}
                </button>
              </ActionForm>
            </div>
          </>
        )}
      </div>
    </main>
  );
}
