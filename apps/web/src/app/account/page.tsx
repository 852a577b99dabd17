import type { Metadata } from 'next';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { FormField } from '~/components/form-field';
import { portalNav } from '~/components/portal-nav';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';

import { changePasswordAction, revokeSessionAction } from './actions';
import { SessionTime } from './session-time';

export const metadata: Metadata = { title: 'Account' };

const button =
  'rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800';

/** Everyone's own account: where they are signed in, and their password. */
export default async function AccountPage() {
  const viewer = await requireRole(['admin', 'clinician', 'front_desk', 'patient'], '/account');
  const sessions = await orPage((await getApi()).account.sessions());
  return (
    <AppShell viewer={viewer} nav={viewer.role === 'patient' ? portalNav : staffNav(viewer.role)}>
      <h1 className="text-2xl font-semibold">Your account</h1>
      <p className="text-sm text-slate-600">
        Signed in as {viewer.email}. If you see a device you do not recognise, sign it out and
        change your password.
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card title="Where you are signed in" testId="sessions">
          <ul className="divide-y divide-slate-100">
            {sessions.map((s) => (
              <li
                key={s.id}
                className="flex flex-wrap items-center justify-between gap-3 py-3"
                data-testid="session"
              >
                <div className="text-sm">
                  <p className="font-medium">
                    {s.device}
                    {s.current ? (
                      <span
                        className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900"
                        data-testid="current-session"
                      >
                        This device
                      </span>
                    ) : null}
                  </p>
                  <p className="text-slate-600">
                    Signed in <SessionTime at={s.createdAt.toISOString()} />, last active{' '}
                    <SessionTime at={s.lastSeenAt.toISOString()} />
                  </p>
                </div>
                {s.current ? null : (
                  <ActionForm action={revokeSessionAction}>
                    <input type="hidden" name="sessionId" value={s.id} />
                    <button
                      type="submit"
                      className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
                      data-testid="revoke-session"
                    >
                      Sign out this device
                    </button>
                  </ActionForm>
                )}
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Change your password" testId="change-password">
          <ActionForm action={changePasswordAction} className="space-y-3" keepValues>
            <FormField
              name="currentPassword"
              label="Current password"
              type="password"
              autoComplete="current-password"
              required
            />
            <FormField
              name="newPassword"
              label="New password"
              hint="At least 12 characters. A few unrelated words are easy to remember and hard to guess."
              type="password"
              autoComplete="new-password"
              minLength={12}
              required
            />
            <FormField
              name="confirmPassword"
              label="New password again"
              type="password"
              autoComplete="new-password"
              required
            />
            <p className="text-xs text-slate-600">
              Changing it signs you out everywhere else; this device stays signed in.
            </p>
            <button type="submit" className={button} data-testid="change-password-submit">
              Change password
            </button>
          </ActionForm>
        </Card>
      </div>
    </AppShell>
  );
}
