import { ActionForm } from '~/components/action-form';
import { formatDate } from '~/components/format';

import { leaveWaitlistAction } from './actions';

export function WaitlistList({
  items,
}: {
  items: {
    id: string;
    location: string;
    type: string;
    fromDate: string;
    toDate: string;
    status: string;
  }[];
}) {
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="waitlist-list">
      {items.map((e) => (
        <li
          key={e.id}
          className="flex flex-wrap items-center justify-between gap-2 py-2"
          data-testid="waitlist-entry"
        >
          <span>
            {e.type} at {e.location}, {formatDate(e.fromDate)} – {formatDate(e.toDate)}
            {e.status === 'offered' ? (
              <span className="ml-2 rounded bg-amber-100 px-1.5 text-amber-900">offer sent</span>
            ) : null}
          </span>
          <ActionForm action={leaveWaitlistAction}>
            <input type="hidden" name="entryId" value={e.id} />
            <button type="submit" className="text-brand-700 underline">
              Leave
            </button>
          </ActionForm>
        </li>
      ))}
    </ul>
  );
}
