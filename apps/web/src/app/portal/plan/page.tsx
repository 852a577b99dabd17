import type { Metadata } from 'next';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { formatDate, formatInZone } from '~/components/format';
import { portalNav } from '~/components/portal-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { logPainAction, tickAction } from './actions';

export const metadata: Metadata = { title: 'My plan' };

const nav = portalNav;

export default async function PortalPlanPage() {
  const viewer = await requireRole(['patient'], '/portal/plan');
  const api = await getApi();
  const [plan, appointments] = await Promise.all([
    orPage(api.plans.mine()),
    orPage(api.scheduling.mine()),
  ]);
  const next = appointments.upcoming[0];
  return (
    <AppShell viewer={viewer} nav={nav}>
      <h1 className="text-2xl font-semibold">My plan</h1>
      {!plan ? (
        <p className="mt-4 text-slate-600" data-testid="portal-plan-empty">
          Your clinician has not made your plan yet. It will appear here after your assessment.
        </p>
      ) : (
        <>
          <p className="mt-1 text-slate-600">
            {plan.currentPhase
              ? `${plan.currentPhase.name} phase, until ${formatDate(plan.currentPhase.endDate)}. ${plan.currentPhase.goal}`
              : null}
          </p>
          <div className="mt-6 grid gap-5 md:grid-cols-3">
            <div className="space-y-5 md:col-span-2">
              <Card title="Today’s exercises" testId="portal-plan-today">
                <ul className="divide-y divide-slate-100">
                  {plan.todayItems.map((item) => (
                    <li key={item.key} className="py-3" data-testid={`today-${item.key}`}>
                      <div className="flex items-start justify-between gap-3">
                        <div className="min-w-0">
                          <p className="font-medium">{item.name}</p>
                          <p className="text-sm text-slate-700">{item.purpose}</p>
                          <p className="mt-1 text-sm font-medium text-brand-800">{item.dosage}</p>
                        </div>
                        <ActionForm action={tickAction}>
                          <input type="hidden" name="itemKey" value={item.key} />
                          <input
                            type="hidden"
                            name="done"
                            value={item.doneToday ? 'false' : 'true'}
                          />
                          <button
                            type="submit"
                            aria-pressed={item.doneToday}
                            className={
                              item.doneToday
                                ? 'shrink-0 rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800'
                                : 'shrink-0 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100'
                            }
                            data-testid={`tick-${item.key}`}
                          >
                            {item.doneToday ? '✓ Done' : 'Mark done'}
                          </button>
                        </ActionForm>
                      </div>
                      <details className="mt-2 text-sm">
                        <summary className="cursor-pointer text-brand-700">How to do it</summary>
                        <p className="mt-1 text-slate-700">{item.howTo}</p>
                        <p className="mt-1 text-slate-600">Why it is in your plan: {item.why}</p>
                      </details>
                    </li>
                  ))}
                </ul>
              </Card>
              <Card title="Log pain after a run" testId="portal-pain-log">
                <ActionForm action={logPainAction} testId="pain-form">
                  <fieldset>
                    <legend className="text-sm text-slate-700">
                      How much did the knee hurt, from 0 (none) to 10 (worst imaginable)?
                    </legend>
                    <div className="mt-2 flex flex-wrap gap-1">
                      {Array.from({ length: 11 }, (_, n) => (
                        <label key={n} className="cursor-pointer">
                          <input
                            type="radio"
                            name="pain"
                            value={n}
                            className="peer sr-only"
                            data-testid={`pain-${n}`}
                          />
                          <span className="flex h-9 w-9 items-center justify-center rounded-md border border-slate-300 text-sm peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600">
                            {n}
                          </span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                  <div className="mt-3 grid gap-3 sm:grid-cols-2">
                    <label className="text-sm">
                      <span className="block text-slate-600">Distance (km)</span>
                      <input
                        name="distanceKm"
                        type="number"
                        min={0}
                        max={300}
                        step={1}
                        inputMode="numeric"
                        className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5"
                        data-testid="pain-distance"
                      />
                    </label>
                    <label className="text-sm">
                      <span className="block text-slate-600">Note (optional)</span>
                      <input
                        name="note"
                        maxLength={500}
                        className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5"
                      />
                    </label>
                  </div>
                  <p className="mt-2 text-xs text-slate-600">
                    Up to 5 out of 10 is fine if it settles by the next morning.
                  </p>
                  <button
                    type="submit"
                    className="mt-3 rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
                    data-testid="pain-submit"
                  >
                    Save pain
                  </button>
                </ActionForm>
              </Card>
            </div>
            <div className="space-y-5">
              <Card title="Your diagnosis" testId="portal-plan-diagnosis">
                <p className="font-medium">{plan.diagnosis.title}</p>
                <p className="mt-1 text-sm text-slate-700">{plan.diagnosis.explanation}</p>
              </Card>
              <Card title="Next appointment" testId="portal-plan-next">
                {next ? (
                  <p className="text-sm">
                    {formatInZone(next.startsAt, next.location.timeZone)} · {next.type.name} with{' '}
                    {next.clinician.name}, {next.location.name}
                  </p>
                ) : (
                  <p className="text-sm text-slate-600">
                    None booked.{' '}
                    <Link
                      href="/portal/book"
                      className="font-medium text-brand-700 hover:underline"
                    >
                      Book one
                    </Link>
                  </p>
                )}
              </Card>
              <Card title="Your phases" testId="portal-plan-phases">
                <ol className="space-y-2 text-sm">
                  {plan.content.phases.map((ph) => (
                    <li
                      key={ph.id}
                      className={ph.id === plan.currentPhase?.id ? 'font-semibold' : ''}
                    >
                      {ph.name}: {formatDate(ph.startDate)} – {formatDate(ph.endDate)}
                    </li>
                  ))}
                </ol>
                {plan.content.dating === 'race_too_close' ? (
                  <p className="mt-3 text-sm text-amber-800" data-testid="plan-dating-note">
                    {plan.content.datingNote}
                  </p>
                ) : null}
                {plan.content.goNoGoDate ? (
                  <p className="mt-3 text-sm">
                    Go/no-go check for your race: {formatDate(plan.content.goNoGoDate)}
                  </p>
                ) : null}
                <a
                  href="/portal/plan/pdf"
                  className="mt-4 inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
                  data-testid="plan-pdf"
                >
                  Download my plan (PDF)
                </a>
              </Card>
            </div>
          </div>
        </>
      )}
    </AppShell>
  );
}
