import type { Metadata } from 'next';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { ScoreChart } from '~/components/outcomes/score-chart';
import { portalNav } from '~/components/portal-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';

import { answerAction } from './actions';
import { MyProgress } from './my-progress';

export const metadata: Metadata = { title: 'My progress' };

const plainStatus: Record<string, string> = {
  improved: 'That is a real improvement: more than the change that matters.',
  worsened: 'That is worse by more than the change that matters. Tell your clinician.',
  within_mcid: 'Not yet a change that matters. Keep going.',
  no_mcid: '',
};

/** The patient answers their questionnaires and sees their own progress in plain words. */
export default async function ProgressPage() {
  const viewer = await requireRole(['patient'], '/portal/progress');
  const api = await getApi();
  // Licensed questionnaires appear once the clinic has pasted their wording (admin area).
  const [series, offered] = await Promise.all([
    orPage(api.questionnaires.myScores()),
    orPage(api.questionnaires.offered()),
  ]);
  return (
    <AppShell viewer={viewer} nav={portalNav}>
      <h1 className="text-2xl font-semibold">My progress</h1>
      <MyProgress />
      <div className="mt-6 grid gap-5 lg:grid-cols-2">
        {offered.map((instrument) => {
          const s = series.find((x) => x.instrumentId === instrument.id);
          return (
            <Card
              key={instrument.id}
              title={instrument.name}
              testId={`questionnaire-${instrument.id}`}
            >
              {s && s.points.length > 0 ? (
                <div className="mb-3">
                  <ScoreChart
                    points={s.points}
                    range={s.range}
                    mcid={s.mcid}
                    label={`Your ${instrument.name} over time`}
                  />
                  <p className="text-sm text-slate-700" data-testid={`progress-${instrument.id}`}>
                    {s.points.length === 1
                      ? `Your first score: ${s.points[0]?.score ?? ''}.`
                      : `From ${s.points[0]?.score ?? ''} to ${s.points.at(-1)?.score ?? ''}. ${plainStatus[s.change?.status ?? ''] ?? ''}`}
                  </p>
                </div>
              ) : null}
              <ActionForm
                action={answerAction}
                className="space-y-3"
                testId={`answer-${instrument.id}`}
              >
                <input type="hidden" name="instrumentId" value={instrument.id} />
                {instrument.items.map((item) => (
                  <label key={item.id} className="block text-sm">
                    <span className="font-medium whitespace-pre-line">
                      {item.prompt ?? item.id}
                    </span>
                    <span className="mt-1 flex items-center gap-2">
                      <input
                        type="number"
                        name={`item-${item.id}`}
                        min={item.scale.min}
                        max={item.scale.max}
                        step={1}
                        required
                        className="w-24 rounded-md border border-slate-300 px-2 py-1"
                        data-testid={`item-${instrument.id}-${item.id}`}
                      />
                      <span className="text-xs text-slate-600">
                        {item.scale.min}–{item.scale.max}
                        {item.scale.anchors
                          ? ` (${item.scale.anchors.min} to ${item.scale.anchors.max})`
                          : ` ${item.scale.unit}`}
                      </span>
                    </span>
                  </label>
                ))}
                <button
                  type="submit"
                  className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
                  data-testid={`submit-${instrument.id}`}
                >
                  Send my answers
                </button>
              </ActionForm>
            </Card>
          );
        })}
      </div>
    </AppShell>
  );
}
