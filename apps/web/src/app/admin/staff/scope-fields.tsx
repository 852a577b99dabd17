import { FieldError } from '~/components/action-form';

import type { StaffRole } from '@stride/api';

const inputClass = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

/** Role and work locations, shared by the invite form and each member's edit form. */
export function ScopeFields({
  idPrefix,
  locations,
  roles,
  value,
}: {
  idPrefix: string;
  locations: { id: string; name: string }[];
  roles: readonly { value: StaffRole; label: string }[];
  value?: { role: StaffRole; allLocations: boolean; locationIds: string[] };
}) {
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}role`} className="block text-sm font-medium text-slate-700">
          Role
        </label>
        <select
          id={`${idPrefix}role`}
          name="role"
          defaultValue={value?.role ?? 'clinician'}
          aria-describedby={`${idPrefix}role-error`}
          className={`mt-1 ${inputClass}`}
          data-testid="field-role"
        >
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        <FieldError name="role" id={`${idPrefix}role-error`} />
      </div>
      <fieldset aria-describedby={`${idPrefix}locationIds-error`}>
        <legend className="text-sm font-medium text-slate-700">Works at</legend>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="allLocations"
            defaultChecked={value?.allLocations ?? false}
            data-testid="field-allLocations"
          />
          All locations
        </label>
        {locations.map((l) => (
          <label key={l.id} className="mt-1 flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="locationIds"
              value={l.id}
              defaultChecked={value?.locationIds.includes(l.id) ?? false}
              data-testid={`field-location-${l.name}`}
            />
            {l.name}
          </label>
        ))}
        <FieldError name="locationIds" id={`${idPrefix}locationIds-error`} />
      </fieldset>
    </>
  );
}
