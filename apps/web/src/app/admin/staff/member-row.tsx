import { ActionForm } from '~/components/action-form';

import type { StaffRole } from '@stride/api';

import { setActiveAction, updateMemberAction } from './actions';
import { ScopeFields } from './scope-fields';

interface Member {
  userId: string;
  name: string;
  email: string;
  role: StaffRole;
  allLocations: boolean;
  locationIds: string[];
  active: boolean;
  isYou: boolean;
}

/** One member: what they are now, and (folded) the form to change role, locations or status. */
export function MemberRow({
  member: m,
  locations,
  roles,
}: {
  member: Member;
  locations: { id: string; name: string }[];
  roles: readonly { value: StaffRole; label: string }[];
}) {
  const where = m.allLocations
    ? 'All locations'
    : locations
        .filter((l) => m.locationIds.includes(l.id))
        .map((l) => l.name)
        .join(', ') || 'No location';
  return (
    <li
      className={`rounded-xl border bg-white p-4 shadow-sm ${m.active ? 'border-slate-200' : 'border-dashed border-slate-300 bg-slate-50'}`}
      data-testid="staff-member"
      data-email={m.email}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-medium">
          {m.name}
          {m.isYou ? <span className="text-sm font-normal text-slate-600"> (you)</span> : null}
        </span>
        <span className="text-sm text-slate-700" data-testid="staff-status">
          {roles.find((r) => r.value === m.role)?.label} · {m.active ? 'Active' : 'Deactivated'}
        </span>
      </div>
      <p className="text-sm break-all text-slate-600">{m.email}</p>
      <p className="text-sm text-slate-600" data-testid="staff-locations">
        {where}
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Change</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <ActionForm action={updateMemberAction} className="space-y-3" testId="member-edit">
            <input type="hidden" name="userId" value={m.userId} />
            <ScopeFields
              idPrefix={`m-${m.userId}-`}
              locations={locations}
              roles={roles}
              value={m}
            />
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
            >
              Save role and locations
            </button>
          </ActionForm>
          <ActionForm action={setActiveAction} testId="member-active">
            <input type="hidden" name="userId" value={m.userId} />
            <input type="hidden" name="active" value={m.active ? 'false' : 'true'} />
            <p className="text-sm text-slate-600">
              {m.active
                ? 'Deactivating signs them out everywhere at once and keeps their history.'
                : 'Reactivating lets them sign in again with their password.'}
            </p>
            <button
              type="submit"
              className="mt-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
              data-testid="toggle-active"
            >
              {m.active ? 'Deactivate' : 'Reactivate'}
            </button>
          </ActionForm>
        </div>
      </details>
    </li>
  );
}
