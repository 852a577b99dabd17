/** Pain after each run over time (0–10), with the pain-monitoring ceiling drawn at 5. */
export function PainChart({
  runs,
  label,
}: {
  runs: { day: string; pain: number }[];
  label: string;
}) {
  const w = 320;
  const h = 120;
  const pad = 10;
  const y = (v: number) => pad + (h - 2 * pad) * (1 - v / 10);
  const x = (i: number) =>
    runs.length <= 1 ? w / 2 : pad + ((w - 2 * pad) * i) / (runs.length - 1);
  return (
    <svg viewBox={`0 0 ${w} ${h}`} className="h-32 w-full max-w-md" role="img" aria-label={label}>
      <rect x="0" y="0" width={w} height={h} className="fill-slate-50" />
      {/* Above 5/10 during a run breaks the pain-monitoring rule (research.md §5.1). */}
      <rect x={pad} y={y(10)} width={w - 2 * pad} height={y(5) - y(10)} className="fill-red-50" />
      <line
        x1={pad}
        x2={w - pad}
        y1={y(5)}
        y2={y(5)}
        strokeDasharray="4 3"
        className="stroke-red-300"
      />
      <polyline
        fill="none"
        strokeWidth="2"
        className="stroke-brand-700"
        points={runs.map((r, i) => `${x(i)},${y(r.pain)}`).join(' ')}
      />
      {runs.map((r, i) => (
        <circle key={`${r.day}-${i}`} cx={x(i)} cy={y(r.pain)} r="3.5" className="fill-brand-700" />
      ))}
    </svg>
  );
}
