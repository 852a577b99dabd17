import type { Metadata } from 'next';
import { ActionForm, FieldError } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';

import type { StaffRole } from '@stride/api';

import { inviteAction, revokeInvitationAction } from './actions';
import { MemberRow } from './member-row';
import { ScopeFields } from './scope-fields';

export const metadata: Metadata = { title: 'Staff' };

const ROLES: readonly { value: StaffRole; label: string }[] = [
  { value: 'clinician', label: 'Clinician' },
  { value: 'front_desk', label: 'Front desk' },
  { value: 'admin', label: 'Admin' },
];
const inputClass = 'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';
const day = (d: Date) => d.toISOString().slice(0, 10);

/** Who works here, in which role and where; invitations out; deactivated members kept. */
export default async function StaffPage() {
  const viewer = await requireRole(['admin'], '/admin/staff');
  const staff = await orPage((await getApi()).staff.list());
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <h1 className="text-2xl font-semibold">Staff</h1>
      <p className="text-sm text-slate-600">
        Invite people by email, set their role and locations, and deactivate those who leave.
        Deactivated staff keep their history and can be reactivated.
      </p>
      <div className="mt-6 grid gap-5 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <h2 className="text-lg font-semibold">Members</h2>
          <ul className="mt-2 space-y-3" data-testid="staff-list">
            {staff.members.map((m) => (
              <MemberRow key={m.userId} member={m} locations={staff.locations} roles={ROLES} />
            ))}
          </ul>
          {staff.invitations.length > 0 ? (
            <>
              <h2 className="mt-6 text-lg font-semibold">Invitations not yet accepted</h2>
              <ul className="mt-2 space-y-2" data-testid="invitation-list">
                {staff.invitations.map((i) => (
                  <li
                    key={i.id}
                    className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-slate-200 bg-white p-3 text-sm"
                    data-testid="invitation"
                  >
                    <span>
                      <span className="font-medium">{i.name}</span> · {i.email} ·{' '}
                      {ROLES.find((r) => r.value === i.role)?.label} ·{' '}
                      {i.expired ? (
                        <span className="text-red-700">expired {day(i.expiresAt)}</span>
                      ) : (
                        `link valid until ${day(i.expiresAt)}`
                      )}
                    </span>
                    <ActionForm action={revokeInvitationAction}>
                      <input type="hidden" name="invitationId" value={i.id} />
                      <button type="submit" className="font-medium text-red-700 underline">
                        Withdraw
                      </button>
                    </ActionForm>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <Card title="Invite someone" testId="invite-card">
          <ActionForm action={inviteAction} className="space-y-3" testId="invite-form" keepValues>
            <div>
              <label htmlFor="invite-name" className="block text-sm font-medium text-slate-700">
                Name
              </label>
              <input
                id="invite-name"
                name="name"
                autoComplete="off"
                aria-describedby="invite-name-error"
                className={inputClass}
                data-testid="field-name"
              />
              <FieldError name="name" id="invite-name-error" />
            </div>
            <div>
              <label htmlFor="invite-email" className="block text-sm font-medium text-slate-700">
                Email
              </label>
              <input
                id="invite-email"
                name="email"
                type="email"
                autoComplete="off"
                aria-describedby="invite-email-error"
                className={inputClass}
                data-testid="field-email"
              />
              <FieldError name="email" id="invite-email-error" />
            </div>
            <ScopeFields idPrefix="invite-" locations={staff.locations} roles={ROLES} />
            <p className="text-xs text-slate-600">
              They get a one-time link by email (see the outbox) that expires in 7 days.
            </p>
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
              data-testid="invite-submit"
            >
              Send invitation
            </button>
          </ActionForm>
        </Card>
      </div>
    </AppShell>
  );
}
