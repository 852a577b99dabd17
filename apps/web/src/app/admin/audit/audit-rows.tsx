import { formatWhen } from '~/components/format-when';
import Link from 'next/link';

import type { AuditPage } from '@stride/api';

const outcomeStyle: Record<string, string> = {
  success: 'bg-emerald-50 text-emerald-800',
  denied: 'bg-red-100 text-red-900',
  error: 'bg-amber-100 text-amber-900',
};
const outcomeLabel: Record<string, string> = {
  success: 'Done',
  denied: 'Refused',
  error: 'Failed',
};

/**
 * One row per audit entry: who (name, role), what, which record, when on the location's clock,
 * and the outcome. Names link to the same search narrowed to that person or patient.
 */
export function AuditRows({
  rows,
  fallbackZone,
}: {
  rows: AuditPage['rows'];
  fallbackZone: string;
}) {
  if (rows.length === 0)
    return (
      <p
        className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600"
        data-testid="audit-empty"
      >
        Nothing in the log matches this search.
      </p>
    );
  return (
    <ol
      className="mt-6 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm"
      data-testid="audit-rows"
    >
      {rows.map((r) => (
        <li
          key={r.id}
          className="grid gap-1 px-4 py-3 text-sm md:grid-cols-[15rem_1fr_1fr_auto] md:gap-4"
          data-testid="audit-row"
        >
          <time dateTime={r.occurredAt.toISOString()} className="text-slate-600">
            {formatWhen(r.occurredAt, r.location?.timeZone ?? fallbackZone)}
            {r.location ? <span className="block text-xs">{r.location.name}</span> : null}
          </time>
          <div>
            {r.actor.id ? (
              <Link
                href={`/admin/audit?userId=${r.actor.id}`}
                className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
              >
                {r.actor.name}
              </Link>
            ) : (
              <span className="font-medium">{r.actor.name}</span>
            )}
            <span className="block text-xs text-slate-600" data-testid="audit-row-role">
              {r.actor.role}
            </span>
          </div>
          <div>
            <span className="text-slate-900" data-testid="audit-row-label">
              {r.label}
            </span>
            <span className="block text-xs text-slate-600">
              {r.patient ? (
                <Link
                  href={`/admin/audit?patientId=${r.patient.id}`}
                  className="font-medium text-brand-700 hover:underline"
                  data-testid="audit-row-patient"
                >
                  {r.patient.name}
                </Link>
              ) : null}
              {r.patient ? ' · ' : ''}
              {r.entity.type.replaceAll('_', ' ')}
              {r.entity.id && r.entity.id !== r.patient?.id ? ` ${r.entity.id.slice(0, 8)}` : ''}
            </span>
          </div>
          <span
            className={`self-start justify-self-start rounded px-2 py-0.5 text-xs font-medium ${outcomeStyle[r.outcome]}`}
          >
            {outcomeLabel[r.outcome]}
          </span>
        </li>
      ))}
    </ol>
  );
}
