/** A small line chart of one instrument's scores with the MCID band around the baseline. */
export function ScoreChart({
  points,
  range,
  mcid,
  label,
}: {
  points: { at: Date; score: number }[];
  range: { min: number; max: number };
  mcid: number | null;
  label: string;
}) {
  const w = 320;
  const h = 120;
  const pad = 8;
  const span = range.max - range.min || 1;
  const y = (v: number) => pad + (h - 2 * pad) * (1 - (v - range.min) / span);
  const x = (i: number) =>
    points.length <= 1 ? w / 2 : pad + ((w - 2 * pad) * i) / (points.length - 1);
  const baseline = points[0]?.score;
  return (
    <svg viewBox={`0 0 ${w} ${h}`} className="h-32 w-full max-w-md" role="img" aria-label={label}>
      <rect x="0" y="0" width={w} height={h} className="fill-slate-50" />
      {baseline !== undefined && mcid !== null ? (
        // Changes inside this band are within the minimal clinically important difference.
        <rect
          x={pad}
          width={w - 2 * pad}
          y={y(Math.min(range.max, baseline + mcid))}
          height={Math.max(
            0,
            y(Math.max(range.min, baseline - mcid)) - y(Math.min(range.max, baseline + mcid)),
          )}
          className="fill-amber-100"
        />
      ) : null}
      <polyline
        fill="none"
        strokeWidth="2"
        className="stroke-brand-700"
        points={points.map((p, i) => `${x(i)},${y(p.score)}`).join(' ')}
      />
      {points.map((p, i) => (
        <circle
          key={p.at.toISOString()}
          cx={x(i)}
          cy={y(p.score)}
          r="3.5"
          className="fill-brand-700"
        />
      ))}
    </svg>
  );
}
