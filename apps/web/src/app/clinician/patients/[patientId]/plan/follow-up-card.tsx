import type { inferRouterOutputs } from '@trpc/server';
import { ActionForm } from '~/components/action-form';
import { Card } from '~/components/card';
import { ConfirmSubmit } from '~/components/confirm-submit';
import { formatDate } from '~/components/format';

import type { AppRouter } from '@stride/api';

import { cancelPlanAction, recordRaceDecisionAction } from './follow-up-actions';

type FollowUps = inferRouterOutputs<AppRouter>['followUps']['forPatient'];

const statusLabel = {
  pending: 'Scheduled',
  answered: 'Answered',
  missed: 'Missed (re-sent)',
  cancelled: 'Cancelled',
} as const;

/** The plan's check-in schedule as the patient gets it. */
export function FollowUpScheduleCard({ followUps }: { followUps: FollowUps }) {
  return (
    <Card title="Check-ins" testId="plan-follow-ups">
      {followUps.requests.length === 0 ? (
        <p className="text-sm text-slate-600">No check-ins scheduled for this plan.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {followUps.requests.map((r) => (
            <li
              key={r.id}
              className="flex justify-between gap-3 py-1.5"
              data-testid="plan-follow-up"
            >
              <span>
                {r.title}
                <span className="block text-slate-600">{formatDate(r.dueDate)}</span>
              </span>
              <span className={r.status === 'missed' ? 'text-amber-800' : 'text-slate-700'}>
                {statusLabel[r.status]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Go/no-go for the race, recorded with a note; the latest call counts for the current race. */
export function RaceDecisionCard({
  followUps,
  patientId,
}: {
  followUps: FollowUps;
  patientId: string;
}) {
  const { decision, raceDate, planId } = followUps;
  if (!raceDate || !planId) return null;
  const current = decision?.raceDate === raceDate ? decision : null;
  return (
    <Card title="Race go/no-go" testId="race-decision">
      <p className="text-sm text-slate-700">
        Race {formatDate(raceDate)}
        {followUps.goNoGoDate ? ` · decide by ${formatDate(followUps.goNoGoDate)}` : ''}
      </p>
      <p className="mt-1 text-sm font-medium" data-testid="race-decision-current">
        {current
          ? `${current.decision === 'go' ? 'Go' : 'No-go'} (${current.decidedBy}, ${formatDate(current.decidedAt.toISOString().slice(0, 10))})${current.note ? `: ${current.note}` : ''}`
          : 'No decision recorded for this race yet.'}
      </p>
      <ActionForm action={recordRaceDecisionAction} className="mt-3 space-y-2">
        <input type="hidden" name="planId" value={planId} />
        <input type="hidden" name="patientId" value={patientId} />
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">Decision</legend>
          <label className="flex items-center gap-1">
            <input type="radio" name="decision" value="go" required data-testid="race-go" /> Go
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="decision" value="no_go" data-testid="race-no-go" /> No-go
          </label>
        </fieldset>
        <label className="block text-sm">
          <span className="text-slate-600">Note (what it rests on)</span>
          <textarea
            name="note"
            rows={2}
            maxLength={1000}
            className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1"
            data-testid="race-note"
          />
        </label>
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
          data-testid="race-decision-save"
        >
          Record decision
        </button>
      </ActionForm>
    </Card>
  );
}

/** Stopping the plan cancels its open check-ins and their queued emails. */
export function CancelPlanCard({ planId, patientId }: { planId: string; patientId: string }) {
  return (
    <Card title="Stop this plan" testId="cancel-plan">
      <ActionForm action={cancelPlanAction} className="space-y-2 text-sm">
        <input type="hidden" name="planId" value={planId} />
        <input type="hidden" name="patientId" value={patientId} />
        <label className="block">
          <span className="text-slate-600">Reason</span>
          <input
            name="reason"
            required
            minLength={3}
            maxLength={500}
            className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1"
            data-testid="cancel-plan-reason"
          />
        </label>
        <p className="text-slate-600">Open check-ins are cancelled and the patient gets no more.</p>
        <ConfirmSubmit label="Stop plan" confirmLabel="Yes, stop it" testId="cancel-plan-submit" />
      </ActionForm>
    </Card>
  );
}
