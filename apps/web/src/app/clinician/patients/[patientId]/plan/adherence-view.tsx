import { formatDate } from '~/components/format';

import type { Adherence } from '@stride/api';

/** Weekly share of prescribed exercise-days done, newest week first, and recent pain. */
export function AdherenceView({ adherence }: { adherence: NonNullable<Adherence> }) {
  return (
    <div data-testid="plan-adherence">
      <ul className="space-y-2 text-sm">
        {adherence.weeks.map((w) => {
          const pct = w.share === null ? null : Math.round(w.share * 100);
          return (
            <li key={w.weekStart}>
              <div className="flex justify-between gap-2">
                <span className="text-slate-600">
                  {formatDate(w.weekStart)} – {formatDate(w.weekEnd)}
                </span>
                <span className="font-medium" data-testid="adherence-week">
                  {pct === null ? 'Nothing due' : `${pct}% (${w.done} of ${w.prescribed})`}
                </span>
              </div>
              <div className="mt-1 h-2 rounded-full bg-slate-100" aria-hidden>
                <div className="h-2 rounded-full bg-brand-600" style={{ width: `${pct ?? 0}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
      <h3 className="mt-4 text-sm font-semibold">Pain after runs</h3>
      {adherence.pain.length === 0 ? (
        <p className="text-sm text-slate-600">No runs logged yet.</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100 text-sm" data-testid="adherence-pain">
          {adherence.pain.map((p, i) => (
            <li key={`${p.day}-${i}`} className="flex justify-between gap-2 py-1">
              <span>
                {formatDate(p.day)}
                {p.distanceKm === null ? '' : ` · ${p.distanceKm} km`}
                {p.note ? ` · ${p.note}` : ''}
              </span>
              <span className={p.pain > 5 ? 'font-semibold text-red-700' : 'font-medium'}>
                {p.pain}/10
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
