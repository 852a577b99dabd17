import type { PriorProfilesView } from '@stride/api';
import { conditionIds, conditionLabels, formatPercent } from '@stride/diagnosis';

const sexLabel = { female: 'Female', male: 'Male', other: 'Other / unknown' } as const;

/** A shipped profile, read-only: every value with where it came from. */
export function BuiltInProfile({ profile }: { profile: PriorProfilesView['builtIns'][number] }) {
  const sources = [...new Set(profile.columns.flatMap((c) => c.values.map((v) => v.citation)))];
  return (
    <section
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      aria-labelledby={`builtin-${profile.id}`}
      data-testid={`builtin-${profile.id}`}
    >
      <h3 id={`builtin-${profile.id}`} className="font-semibold">
        {profile.label}{' '}
        <span className="text-xs font-normal text-slate-600">built-in, read-only</span>
      </h3>
      <p className="text-sm text-slate-600">{profile.description}</p>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">{profile.label} priors by condition</caption>
        <thead className="text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-1 font-medium">
              Condition
            </th>
            {profile.columns.map((c) => (
              <th key={c.sex} scope="col" className="py-1 text-right font-medium">
                {profile.sexSpecific ? sexLabel[c.sex] : 'Any sex'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {conditionIds.map((id) => (
            <tr key={id} className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-2 font-normal">
                {conditionLabels[id]}
              </th>
              {profile.columns.map((c) => {
                const v = c.values.find((x) => x.condition === id);
                return (
                  <td key={c.sex} className="py-1 pl-2 text-right whitespace-nowrap tabular-nums">
                    {v ? formatPercent(v.probability) : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-600">
        Every value is an expert-set starting point, not a study result. Sources:{' '}
        {sources.join('; ')}.
      </p>
    </section>
  );
}
