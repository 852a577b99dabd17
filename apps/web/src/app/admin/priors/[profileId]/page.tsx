import type { Metadata } from 'next';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { PriorsEditor } from '~/components/priors/priors-editor';
import { VersionHistory } from '~/components/priors/version-history';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { setDefaultPriorProfileAction } from '../actions';

export const metadata: Metadata = { title: 'Prior profile' };

export default async function PriorProfilePage({
  params,
}: {
  params: Promise<{ profileId: string }>;
}) {
  const { profileId } = await params;
  const viewer = await requireRole(['admin'], `/admin/priors/${profileId}`);
  const api = await getApi();
  const [profile, all] = await Promise.all([
    orPage(api.priors.get({ profileId })),
    orPage(api.priors.list()),
  ]);
  const latest = profile.versions[0];
  if (!latest) throw new Error(`prior profile ${profile.id} has no version`);
  const base = all.builtIns.find((b) => b.id === profile.basedOn)?.label ?? profile.basedOn;
  const isDefault = all.defaultProfileId === profile.id;
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <Link href="/admin/priors" className="text-sm font-medium text-brand-700 hover:underline">
        ← Prior profiles
      </Link>
      <h1 className="mt-1 text-2xl font-semibold" data-testid="profile-title">
        {profile.name}
      </h1>
      <p className="text-sm text-slate-600" data-testid="profile-summary">
        Version {latest.version} · started from {base}
        {isDefault ? ' · the default for new diagnoses' : ''}
      </p>
      {isDefault ? null : (
        <ActionForm
          action={setDefaultPriorProfileAction}
          className="mt-3"
          testId="make-default-form"
        >
          <input type="hidden" name="profileId" value={profile.id} />
          <button
            type="submit"
            className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
            data-testid="make-default"
          >
            Make this the default for new diagnoses
          </button>
        </ActionForm>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section
          aria-labelledby="edit-heading"
          className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 id="edit-heading" className="text-lg font-semibold">
            Edit values
          </h2>
          <p className="mb-2 text-xs text-slate-600">
            Percentages with at most one decimal, at least 0.1 % each (a condition at 0 could never
            be suggested), each column adding up to 100.0 %. Saving keeps every earlier version.
          </p>
          <PriorsEditor profileId={profile.id} version={latest.version} initial={latest.priors} />
        </section>
        <section aria-labelledby="history-heading">
          <h2 id="history-heading" className="text-lg font-semibold">
            History
          </h2>
          <VersionHistory versions={profile.versions} />
        </section>
      </div>
    </AppShell>
  );
}
