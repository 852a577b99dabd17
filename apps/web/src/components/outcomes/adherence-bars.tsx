import { formatWeek } from './format-week';

/**
 * Share of prescribed exercise-days done per plan week, oldest first, as bars with the 50 %
 * line the low-adherence flag uses. The list beside it is the text equivalent.
 */
export function AdherenceBars({
  weeks,
  label,
  testId,
}: {
  weeks: { weekStart: string; prescribed: number; done: number; share: number | null }[];
  label: string;
  testId?: string;
}) {
  const w = 320;
  const h = 110;
  const pad = 8;
  const slot = (w - 2 * pad) / Math.max(1, weeks.length);
  const barH = (share: number) => (h - 2 * pad) * share;
  return (
    <div data-testid={testId}>
      <svg viewBox={`0 0 ${w} ${h}`} className="h-28 w-full max-w-md" role="img" aria-label={label}>
        <rect x="0" y="0" width={w} height={h} className="fill-slate-50" />
        <line
          x1={pad}
          x2={w - pad}
          y1={h - pad - barH(0.5)}
          y2={h - pad - barH(0.5)}
          strokeDasharray="4 3"
          className="stroke-amber-400"
        />
        {weeks.map((week, i) => (
          <rect
            key={week.weekStart}
            x={pad + i * slot + slot * 0.15}
            width={slot * 0.7}
            y={h - pad - barH(week.share ?? 0)}
            height={Math.max(1, barH(week.share ?? 0))}
            className={(week.share ?? 0) < 0.5 ? 'fill-amber-500' : 'fill-emerald-600'}
          />
        ))}
      </svg>
      <ol className="mt-2 grid grid-cols-2 gap-x-4 text-xs text-slate-700 sm:grid-cols-3">
        {weeks.map((week) => (
          <li key={week.weekStart}>
            Week of {formatWeek(week.weekStart)}:{' '}
            {week.share === null
              ? 'nothing prescribed'
              : `${week.done} of ${week.prescribed} (${Math.round(week.share * 100)}%)`}
          </li>
        ))}
      </ol>
    </div>
  );
}
