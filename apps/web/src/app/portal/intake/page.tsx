import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { formatInZone } from '~/components/format';
import { portalNav } from '~/components/portal-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { IntakeForm } from './intake-form';

export const metadata: Metadata = { title: 'Before your first visit' };

export default async function IntakePage({
  searchParams,
}: {
  searchParams: Promise<{ submitted?: string }>;
}) {
  const viewer = await requireRole(['patient'], '/portal/intake');
  const api = await getApi();
  const [intake, me] = await Promise.all([orPage(api.intake.mine()), orPage(api.portal.me())]);
  const sp = await searchParams;
  const current = intake.current;
  const last = intake.lastSubmitted;
  const editingNext = current?.status === 'draft' && last !== null;
  return (
    <AppShell viewer={viewer} nav={portalNav}>
      <Link href="/portal" className="text-sm font-medium text-brand-700 hover:underline">
        ← Back to my portal
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">Before your first visit</h1>
      <p className="mt-1 max-w-2xl text-slate-600">
        Tell us about your knee and your running, so your clinician can prepare. It takes about ten
        minutes; your answers are saved as you go, so you can stop and come back.
      </p>
      {sp.submitted && current?.status === 'submitted' ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          data-testid="intake-submitted"
        >
          Thank you. Version {current.version} is signed and sent to your clinician.
        </p>
      ) : null}
      {last ? (
        <p
          className="mt-4 max-w-2xl rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700"
          data-testid="intake-version-note"
        >
          You submitted version {last.version} on{' '}
          {formatInZone(last.submittedAt, me.location.timeZone)}.{' '}
          {editingNext
            ? `You are editing version ${current.version}; submit it when you are done.`
            : `If something has changed, edit your answers below: that starts version ${last.version + 1}, which you sign and submit again.`}
        </p>
      ) : null}
      <div className="mt-6 max-w-3xl">
        <IntakeForm
          key={`${current?.version ?? 0}-${current?.status ?? 'none'}`}
          initial={current?.data ?? {}}
        />
      </div>
    </AppShell>
  );
}
