import { Card } from '~/components/card';
import { getApi, orPage } from '~/server/api';
import Link from 'next/link';

/** The portal home's plan card: the phase, today's progress, and the way into the plan. */
export async function PlanSummary() {
  const plan = await orPage((await getApi()).plans.mine());
  if (!plan) return null;
  const done = plan.todayItems.filter((i) => i.doneToday).length;
  return (
    <Card title="My plan" testId="portal-plan-summary">
      <p className="text-sm text-slate-700">{plan.diagnosis.title}</p>
      <p className="mt-1 text-sm text-slate-600">
        {plan.currentPhase?.name} phase · {done} of {plan.todayItems.length} exercises done today
      </p>
      <Link
        href="/portal/plan"
        className="mt-3 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        data-testid="open-plan"
      >
        Open my plan
      </Link>
    </Card>
  );
}
