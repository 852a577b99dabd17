import type { PriorProfileView } from '@stride/api';
import { conditionLabels, formatPercent } from '@stride/diagnosis';

const sexLabel = { female: 'Female', male: 'Male', any: 'Any sex' } as const;

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

function describe(v: { value: number; citation?: string } | null): string {
  if (!v) return '—';
  return `${formatPercent(v.value)} (${v.citation ? `cited: ${v.citation}` : 'expert-set'})`;
}

/**
 * Every version, newest first: who saved it, why, and what it changed against the one before;
 * in a sex-specific profile, whose value (female or male) each change is.
 */
export function VersionHistory({ versions }: { versions: PriorProfileView['versions'] }) {
  return (
    <ol className="space-y-4" data-testid="priors-history">
      {versions.map((v) => {
        const bySex = v.changes.some((c) => c.sex !== 'any');
        return (
          <li
            key={v.version}
            className="rounded-lg border border-slate-200 p-3"
            data-testid="priors-version"
          >
            <p className="text-sm font-semibold">
              Version {v.version}
              <span className="font-normal text-slate-600">
                {' '}
                · {v.changedBy} · {when.format(v.createdAt)}
              </span>
            </p>
            <p className="mt-1 text-sm">
              <span className="text-slate-600">Why: </span>
              {v.reason}
            </p>
            {v.version === 1 ? null : (
              <table className="mt-2 w-full text-left text-sm">
                <caption className="sr-only">Values changed in version {v.version}</caption>
                <thead className="text-xs text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 font-medium">
                      Condition
                    </th>
                    {bySex ? (
                      <th scope="col" className="py-1 font-medium">
                        Sex
                      </th>
                    ) : null}
                    <th scope="col" className="py-1 font-medium">
                      Before
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      After
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {v.changes.map((c) => (
                    <tr
                      key={`${c.condition}-${c.sex}`}
                      className="border-t border-slate-100 align-top"
                      data-testid="priors-change"
                    >
                      <th scope="row" className="py-1 pr-2 font-normal">
                        {conditionLabels[c.condition]}
                      </th>
                      {bySex ? (
                        <td className="py-1 pr-2" data-testid="priors-change-sex">
                          {sexLabel[c.sex]}
                        </td>
                      ) : null}
                      <td className="py-1 pr-2 tabular-nums">{describe(c.before)}</td>
                      <td className="py-1 tabular-nums">{describe(c.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        );
      })}
    </ol>
  );
}
