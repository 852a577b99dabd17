import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { formatDate } from '~/components/format';
import { portalNav } from '~/components/portal-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { getInstrument } from '@stride/outcomes';

import type { FormInstrument } from './follow-up-form';
import { FollowUpForm } from './follow-up-form';

export const metadata: Metadata = { title: 'Check-in' };

const closed: Record<string, string> = {
  answered: 'You have sent these answers. Thank you: your clinician can see them now.',
  cancelled: 'This check-in is no longer needed: your clinician changed or closed your plan.',
  pending: 'This check-in is not open yet. We will email you when it is.',
};

/** A scheduled check-in: the pain rating and the running questions, saved as they are given. */
export default async function FollowUpPage({ params }: { params: Promise<{ requestId: string }> }) {
  const { requestId } = await params;
  const viewer = await requireRole(['patient'], `/portal/follow-ups/${requestId}`);
  const request = await orPage((await getApi()).followUps.get({ requestId }));
  const instruments: FormInstrument[] = request.instrumentIds.map((id) => {
    const instrument = getInstrument(id);
    return {
      id,
      name: instrument.name,
      items: instrument.items.map((item) => ({
        id: item.id,
        prompt: item.prompt ?? item.id,
        min: item.scale.min,
        max: item.scale.max,
        hint: `${item.scale.min}–${item.scale.max}${item.scale.anchors ? ` (${item.scale.anchors.min} to ${item.scale.anchors.max})` : ` ${item.scale.unit}`}`,
      })),
    };
  });
  const initial = Object.fromEntries(
    Object.entries(request.draft).map(([instrumentId, answers]) => [
      instrumentId,
      Object.fromEntries(
        Object.entries(answers).map(([item, v]) => [item, v === null ? '' : String(v)]),
      ),
    ]),
  );
  return (
    <AppShell viewer={viewer} nav={portalNav}>
      <Link href="/portal" className="text-sm font-medium text-brand-700 hover:underline">
        ← Back to home
      </Link>
      <h1 className="mt-2 text-2xl font-semibold" data-testid="follow-up-title">
        {request.title}
      </h1>
      <p className="mt-1 text-sm text-slate-600">
        {request.status === 'missed'
          ? `This was due on ${formatDate(request.dueDate)}. Answering now still helps your clinician.`
          : `Due ${formatDate(request.dueDate)}. Answer for the past week; your answers save as you go.`}
      </p>
      <div className="mt-6 max-w-2xl">
        {request.open ? (
          <FollowUpForm requestId={request.id} instruments={instruments} initial={initial} />
        ) : (
          <Card title="Nothing to answer" testId="follow-up-closed">
            <p className="text-sm text-slate-700">{closed[request.status] ?? ''}</p>
          </Card>
        )}
      </div>
    </AppShell>
  );
}
