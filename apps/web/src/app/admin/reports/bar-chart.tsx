/** Up to two bars per item, e.g. available (light) and booked (dark). */
export interface BarSeries {
  name: string;
  className: string;
}

/**
 * Horizontal bars in plain SVG, one row per item with its label as HTML so it wraps on a phone.
 * The table beside it carries the exact numbers; this shows the shape.
 */
export function BarChart({
  title,
  series,
  items,
  format,
}: {
  title: string;
  series: BarSeries[];
  items: { label: string; values: (number | null)[] }[];
  format: (value: number) => string;
}) {
  const max = Math.max(0, ...items.flatMap((i) => i.values.map((v) => v ?? 0)));
  if (items.length === 0 || max === 0) return null;
  const bar = 14;
  const height = series.length * (bar + 4);
  return (
    <figure className="space-y-2" role="img" aria-label={title}>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        {series.map((s) => (
          <span key={s.name} className="flex items-center gap-1">
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" rx="2" className={s.className} />
            </svg>
            {s.name}
          </span>
        ))}
      </figcaption>
      <ul className="space-y-2">
        {items.map((item) => (
          <li key={item.label} className="grid gap-1 sm:grid-cols-[12rem_1fr] sm:items-center">
            <span className="truncate text-xs text-slate-700" title={item.label}>
              {item.label}
            </span>
            <svg
              viewBox={`0 0 100 ${height}`}
              preserveAspectRatio="none"
              className="w-full"
              style={{ height }}
              aria-hidden="true"
            >
              {item.values.map((v, i) => (
                <rect
                  key={series[i]?.name ?? i}
                  x="0"
                  y={i * (bar + 4)}
                  height={bar}
                  width={Math.max(0, ((v ?? 0) / max) * 100)}
                  className={series[i]?.className}
                />
              ))}
            </svg>
            <span className="sr-only">
              {item.values
                .map((v, i) => `${series[i]?.name}: ${v === null ? '–' : format(v)}`)
                .join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
