import { joinWaitlistAction } from '~/app/portal/actions';
import { ActionForm } from '~/components/action-form';

import { addDays } from '@stride/scheduling';

/** When no time suits, the patient waits for one between two dates and is emailed when one frees. */
export function WaitlistForm({
  locationId,
  typeId,
  from,
}: {
  locationId: string;
  typeId: string;
  from: string;
}) {
  return (
    <ActionForm
      action={joinWaitlistAction}
      className="mt-6 rounded-xl border border-slate-200 bg-white p-4"
      testId="waitlist-form"
    >
      <h3 className="font-semibold">No time that suits you?</h3>
      <p className="text-sm text-slate-600">
        Join the waitlist: when a time opens between these dates, we email you a link that books it.
      </p>
      <input type="hidden" name="location" value={locationId} />
      <input type="hidden" name="type" value={typeId} />
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="block font-medium text-slate-700">From</span>
          <input
            type="date"
            name="fromDate"
            required
            defaultValue={from}
            min={from}
            className="mt-1 rounded-md border border-slate-300 px-2 py-1.5"
            data-testid="waitlist-from"
          />
        </label>
        <label className="text-sm">
          <span className="block font-medium text-slate-700">To</span>
          <input
            type="date"
            name="toDate"
            required
            defaultValue={addDays(from, 14)}
            min={from}
            className="mt-1 rounded-md border border-slate-300 px-2 py-1.5"
            data-testid="waitlist-to"
          />
        </label>
        <button
          type="submit"
          className="rounded-md border border-brand-700 px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50"
          data-testid="waitlist-join"
        >
          Join the waitlist
        </button>
      </div>
    </ActionForm>
  );
}
