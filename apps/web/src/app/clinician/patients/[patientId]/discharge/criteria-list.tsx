import type { DischargeEvaluation } from '@stride/outcomes';

const label = {
  mcid_reached: 'Pain improved by at least the MCID',
  running_volume: 'Pre-injury running volume within the pain rule',
  key_deficit_resolved: 'Key gait deficit resolved beyond measurement error',
} as const;

const verdict = (met: boolean | null) =>
  met === true
    ? { text: 'Met', cls: 'bg-emerald-100 text-emerald-900' }
    : met === false
      ? { text: 'Not met', cls: 'bg-red-100 text-red-900' }
      : { text: 'Cannot judge yet', cls: 'bg-slate-200 text-slate-800' };

/** Each discharge criterion with its verdict and why, then the caveat that always applies. */
export function CriteriaList({ evaluation }: { evaluation: DischargeEvaluation }) {
  return (
    <>
      <ul className="space-y-3" data-testid="discharge-criteria">
        {evaluation.criteria.map((c) => {
          const v = verdict(c.met);
          return (
            <li key={c.id} data-testid={`criterion-${c.id}`}>
              <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
                {label[c.id]}
                <span className={`rounded px-2 py-0.5 text-xs ${v.cls}`}>{v.text}</span>
              </p>
              <p className="text-sm text-slate-700">{c.explanation}</p>
            </li>
          );
        })}
      </ul>
      <p
        className="mt-4 rounded-md bg-slate-100 px-3 py-2 text-xs text-slate-700"
        data-testid="discharge-caveat"
      >
        {evaluation.caveat}
      </p>
    </>
  );
}
