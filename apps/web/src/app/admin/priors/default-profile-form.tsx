import { ActionForm } from '~/components/action-form';

import { setDefaultPriorProfileAction } from './actions';

/** Which profile new diagnoses across the organisation start from. */
export function DefaultProfileForm({
  current,
  options,
}: {
  current: string;
  options: { id: string; label: string }[];
}) {
  return (
    <ActionForm
      action={setDefaultPriorProfileAction}
      className="mt-4 flex flex-wrap items-end gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      testId="default-profile-form"
    >
      <label className="text-sm">
        <span className="block font-medium">Default profile for new diagnoses</span>
        <select
          name="profileId"
          defaultValue={current}
          key={current}
          className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          data-testid="default-profile"
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
        data-testid="save-default-profile"
      >
        Save default
      </button>
    </ActionForm>
  );
}
