import { Card } from '~/components/card';
import { AdherenceBars } from '~/components/outcomes/adherence-bars';
import { formatWeek } from '~/components/outcomes/format-week';
import { PainChart } from '~/components/outcomes/pain-chart';
import { getApi, orPage } from '~/server/api';
import Link from 'next/link';

/** Pain logged after runs and weekly exercise adherence over the current plan. */
export async function ProgressCard({ patientId }: { patientId: string }) {
  const chart = await orPage((await getApi()).progress.chart({ patientId }));
  return (
    <Card title="Runs and adherence" testId="chart-progress">
      <h3 className="text-sm font-medium">Pain after runs (0–10; above 5 breaks the pain rule)</h3>
      {chart.pain.length === 0 ? (
        <p className="text-sm text-slate-600">No runs logged yet.</p>
      ) : (
        <>
          <PainChart runs={chart.pain} label="Pain after each run over time" />
          <details className="text-xs text-slate-700">
            <summary className="cursor-pointer">Every run as text</summary>
            <ul data-testid="chart-pain-list">
              {chart.pain.map((r, i) => (
                <li key={`${r.day}-${i}`}>
                  {formatWeek(r.day)}: pain {r.pain}/10
                  {r.distanceKm === null ? '' : `, ${r.distanceKm} km`}
                  {r.painNextMorning === null ? '' : `, next morning ${r.painNextMorning}/10`}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      <h3 className="mt-4 text-sm font-medium">Exercise days done per week</h3>
      {chart.adherence.length === 0 ? (
        <p className="text-sm text-slate-600">No active plan.</p>
      ) : (
        <AdherenceBars
          weeks={chart.adherence}
          label="Share of prescribed exercise-days done per week; the dashed line is 50%"
          testId="chart-adherence"
        />
      )}
      {chart.plan?.status === 'active' ? (
        <Link
          href={`/clinician/patients/${patientId}/discharge`}
          className="mt-4 inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          data-testid="chart-discharge"
        >
          Review discharge
        </Link>
      ) : null}
    </Card>
  );
}
