import { Card } from '~/components/card';
import { formatInZone } from '~/components/format';
import { AdherenceBars } from '~/components/outcomes/adherence-bars';
import { PainChart } from '~/components/outcomes/pain-chart';
import { getApi, orPage } from '~/server/api';

/**
 * The top of the patient's progress page: the discharge summary once discharged, then their
 * progress in plain words, pain after runs and the exercise weeks they kept.
 */
export async function MyProgress() {
  const api = await getApi();
  const [progress, chart] = await Promise.all([
    orPage(api.progress.mine()),
    orPage(api.progress.myChart()),
  ]);
  const lines = progress.instruments.flatMap((i) => i.lines);
  return (
    <div className="mt-6 grid gap-5 lg:grid-cols-2">
      {progress.discharge ? (
        <section
          className="rounded-xl border border-emerald-300 bg-emerald-50 p-5 lg:col-span-2"
          data-testid="portal-discharge"
        >
          <h2 className="text-base font-semibold text-emerald-950">
            Discharged on {formatInZone(progress.discharge.dischargedAt, chart.timeZone, 'date')}
          </h2>
          <p className="mt-2 text-sm text-emerald-950">{progress.discharge.summary}</p>
          <p className="mt-1 text-xs text-emerald-900">— {progress.discharge.dischargedBy}</p>
        </section>
      ) : null}
      <Card title="How you are doing" testId="portal-progress-summary">
        {lines.length === 0 ? (
          <p className="text-sm text-slate-600">
            Answer the questionnaires below twice or more and we will tell you how things are
            changing.
          </p>
        ) : (
          <ul className="list-disc space-y-2 pl-5 text-sm">
            {lines.map((line) => (
              <li key={line.subject}>{line.text}</li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Your runs and exercises" testId="portal-progress-chart">
        <h3 className="text-sm font-medium">Knee pain after your runs (0 to 10)</h3>
        {chart.pain.length === 0 ? (
          <p className="text-sm text-slate-600">Log your pain after a run on your plan page.</p>
        ) : (
          <>
            <PainChart runs={chart.pain} label="Your knee pain after each run" />
            <p className="text-xs text-slate-600">
              Pain up to 5 during a run is fine if it has settled by the next morning.
            </p>
          </>
        )}
        {chart.adherence.length > 0 ? (
          <>
            <h3 className="mt-4 text-sm font-medium">Exercise days you did each week</h3>
            <AdherenceBars
              weeks={chart.adherence}
              label="Share of your exercise days done each week"
              testId="portal-adherence"
            />
          </>
        ) : null}
      </Card>
    </div>
  );
}
