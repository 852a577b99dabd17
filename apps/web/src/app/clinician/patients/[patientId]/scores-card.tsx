import { Card } from '~/components/card';
import { formatInZone } from '~/components/format';
import { ScoreChart } from '~/components/outcomes/score-chart';
import { getApi, orPage } from '~/server/api';

const statusText: Record<string, string> = {
  improved: 'Improved beyond the MCID',
  worsened: 'Worse beyond the MCID',
  within_mcid: 'Within the MCID: no change that matters yet',
  no_mcid: 'No published MCID for this measure',
};

/** Outcome scores over time on the chart, each against its MCID from baseline. */
export async function ScoresCard({ patientId, timeZone }: { patientId: string; timeZone: string }) {
  const series = await orPage((await getApi()).questionnaires.forPatient({ patientId }));
  return (
    <Card title="Outcome scores" testId="chart-scores">
      {series.length === 0 ? (
        <p className="text-sm text-slate-600">No questionnaires answered yet.</p>
      ) : (
        <ul className="space-y-4">
          {series.map((s) => (
            <li key={s.instrumentId} data-testid={`scores-${s.instrumentId}`}>
              <p className="text-sm font-medium">
                {s.name}{' '}
                <span className="font-normal text-slate-600">
                  ({s.direction === 'higher_is_worse' ? 'lower is better' : 'higher is better'}
                  {s.mcid !== null ? `, MCID ${s.mcid}` : ''})
                </span>
              </p>
              <ScoreChart
                points={s.points}
                range={s.range}
                mcid={s.mcid}
                label={`${s.name} over time`}
              />
              <p className="text-sm" data-testid={`scores-${s.instrumentId}-status`}>
                Latest {s.points.at(-1)?.score ?? '—'} on{' '}
                {s.points.at(-1)
                  ? formatInZone(s.points.at(-1)?.at ?? new Date(), timeZone, 'date')
                  : '—'}
                {s.change
                  ? ` · ${statusText[s.change.status] ?? s.change.status} (${s.change.change > 0 ? '+' : ''}${s.change.change})`
                  : ' · baseline only'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
