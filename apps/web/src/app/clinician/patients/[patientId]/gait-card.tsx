import { ActionForm } from '~/components/action-form';
import { Card } from '~/components/card';
import { formatInZone } from '~/components/format';
import { getApi, orPage } from '~/server/api';
import Link from 'next/link';

import { startRetestAction } from './progress-actions';

const statusText = {
  beyond_error: 'Beyond measurement error',
  within_error: 'Within measurement error',
  no_sdd: 'No published SDD',
} as const;
const sideText = { both: '', left: ' (left)', right: ' (right)' } as const;
const unitText: Record<string, string> = {
  deg: '°',
  steps_per_min: ' spm',
  cm: ' cm',
  ms: ' ms',
  g: ' g',
};

/** Gait metrics at baseline against the latest re-test, each change held against its SDD. */
export async function GaitCard({ patientId, timeZone }: { patientId: string; timeZone: string }) {
  const view = await orPage((await getApi()).progress.gaitComparison({ patientId }));
  const when = (s: { startedAt: Date } | null) =>
    s ? formatInZone(s.startedAt, timeZone, 'date') : '—';
  return (
    <Card title="Gait: baseline and re-test" testId="chart-gait">
      {view.baseline === null ? (
        <p className="text-sm text-slate-600">No encounter has gait metrics yet.</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            Baseline {when(view.baseline)}
            {view.retest
              ? ` · re-test ${when(view.retest)}${view.retest.fromRetestAppointment ? ' (gait re-test appointment)' : ''}`
              : ' · no re-test yet'}
          </p>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="gait-table">
              <thead className="text-xs text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-2">
                    Metric
                  </th>
                  <th scope="col" className="pr-2">
                    Baseline
                  </th>
                  <th scope="col" className="pr-2">
                    Re-test
                  </th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {view.rows.map((r) => (
                  <tr key={`${r.metric}-${r.side}`} data-testid={`gait-${r.metric}-${r.side}`}>
                    <th scope="row" className="py-2 pr-2 font-medium">
                      {r.name}
                      {sideText[r.side]}
                    </th>
                    <td className="pr-2">
                      {r.baseline}
                      {unitText[r.unit]}
                    </td>
                    <td className="pr-2">
                      {r.retest === null ? '—' : `${r.retest}${unitText[r.unit]}`}
                    </td>
                    <td>
                      {r.status === null ? (
                        '—'
                      ) : (
                        <>
                          <span
                            className={
                              r.status === 'beyond_error'
                                ? 'font-semibold text-emerald-800'
                                : 'text-slate-700'
                            }
                          >
                            {r.change !== null && r.change > 0 ? '+' : ''}
                            {r.change}
                            {unitText[r.unit]} · {statusText[r.status]}
                            {r.direction ? ` (${r.direction})` : ''}
                          </span>
                          <span className="block text-xs text-slate-600">
                            {r.sdd === null
                              ? 'research.md §3.2 gives no SDD'
                              : `SDD ${r.sdd}° · ${r.sddSource ?? ''}`}
                          </span>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {view.retestTypeId ? (
          <Link
            href={`/clinician/patients/${patientId}/book?type=${view.retestTypeId}`}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
            data-testid="book-gait-retest"
          >
            Book gait re-test
          </Link>
        ) : null}
        {view.pendingRetest ? (
          <ActionForm action={startRetestAction}>
            <input type="hidden" name="patientId" value={patientId} />
            <input type="hidden" name="appointmentId" value={view.pendingRetest.appointmentId} />
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
              data-testid="start-gait-retest"
            >
              Start re-test ({formatInZone(view.pendingRetest.startsAt, timeZone, 'date')})
            </button>
          </ActionForm>
        ) : null}
      </div>
    </Card>
  );
}
