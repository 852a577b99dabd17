import type { RecordAccess } from '@stride/api';

import { formatWhen } from './format-when';

const kindStyle: Record<string, string> = {
  viewed: 'bg-slate-100 text-slate-800',
  changed: 'bg-amber-100 text-amber-900',
  exported: 'bg-brand-50 text-brand-800',
};
const kindLabel: Record<string, string> = {
  viewed: 'Viewed',
  changed: 'Changed',
  exported: 'Exported',
};

/**
 * "Who accessed this record": one line per visit (a person's reads within a few minutes), with
 * name and role, never internal ids; times in the clinic location's zone, which is named.
 */
export function RecordAccessList({
  visits,
  fallbackZone,
  emptyText,
}: {
  visits: RecordAccess['visits'];
  fallbackZone: string;
  emptyText: string;
}) {
  if (visits.length === 0)
    return (
      <p className="text-sm text-slate-600" data-testid="record-access-empty">
        {emptyText}
      </p>
    );
  return (
    <ol className="divide-y divide-slate-100" data-testid="record-access-list">
      {visits.map((v) => (
        <li
          key={`${v.at.toISOString()}-${v.who}`}
          className="py-3 text-sm"
          data-testid="record-access-visit"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <p>
              <span className="font-medium text-slate-900">{v.who}</span>{' '}
              <span className="text-slate-600" data-testid="record-access-role">
                · {v.role}
              </span>
            </p>
            <time dateTime={v.at.toISOString()} className="text-slate-600">
              {formatWhen(v.at, v.location?.timeZone ?? fallbackZone)}
            </time>
          </div>
          <p className="mt-1 flex flex-wrap items-center gap-2">
            {v.kinds.map((k) => (
              <span key={k} className={`rounded px-1.5 py-0.5 text-xs font-medium ${kindStyle[k]}`}>
                {kindLabel[k]}
              </span>
            ))}
            <span className="text-slate-800">{v.what.join(' · ')}</span>
          </p>
          {v.location ? <p className="mt-0.5 text-xs text-slate-600">{v.location.name}</p> : null}
        </li>
      ))}
    </ol>
  );
}
