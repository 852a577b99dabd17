import type { Metadata } from 'next';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { BuiltInProfile } from '~/components/priors/built-in-profile';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { createPriorProfileAction } from './actions';
import { DefaultProfileForm } from './default-profile-form';

export const metadata: Metadata = { title: 'Prior profiles' };

const box = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';
const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

export default async function PriorProfilesPage() {
  const viewer = await requireRole(['admin'], '/admin/priors');
  const data = await orPage((await getApi()).priors.list());
  const labels = new Map(data.builtIns.map((b) => [b.id as string, b.label]));
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <h1 className="text-2xl font-semibold">Prior profiles</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        How likely each cause of runner&apos;s knee is before any finding is counted. The diagnosis
        engine starts from these; every confirmed diagnosis records the profile and version it ran
        on. Values are expert-set unless a citation is given.
      </p>
      <DefaultProfileForm
        current={data.defaultProfileId}
        options={[
          ...data.builtIns.map((b) => ({ id: b.id, label: `${b.label} (built-in)` })),
          ...data.own.map((p) => ({ id: p.id, label: `${p.name} (v${p.version})` })),
        ]}
      />
      <section className="mt-6" aria-labelledby="own-heading">
        <h2 id="own-heading" className="text-lg font-semibold">
          Your organisation&apos;s profiles
        </h2>
        {data.own.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600" data-testid="own-profiles-empty">
            None yet. Start one from a built-in profile below.
          </p>
        ) : (
          <ul className="mt-2 grid gap-3 md:grid-cols-2" data-testid="own-profiles">
            {data.own.map((p) => (
              <li key={p.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <Link
                  href={`/admin/priors/${p.id}`}
                  className="font-semibold text-brand-700 hover:underline"
                >
                  {p.name}
                </Link>
                {p.id === data.defaultProfileId ? (
                  <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs text-emerald-900">
                    default
                  </span>
                ) : null}
                <p className="text-sm text-slate-600">
                  Version {p.version} · from {labels.get(p.basedOn) ?? p.basedOn} · last changed by{' '}
                  {p.changedBy}, {when.format(p.changedAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
        <ActionForm
          action={createPriorProfileAction}
          className="mt-4 flex flex-wrap items-end gap-2"
          testId="create-profile-form"
        >
          <label className="text-sm">
            <span className="block font-medium">New profile name</span>
            <input
              name="name"
              required
              minLength={2}
              maxLength={80}
              className={box}
              data-testid="profile-name"
            />
          </label>
          <label className="text-sm">
            <span className="block font-medium">Start from</span>
            <select name="basedOn" className={box} data-testid="profile-base">
              {data.builtIns.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
            data-testid="create-profile"
          >
            Create profile
          </button>
        </ActionForm>
        <p className="mt-2 max-w-3xl text-xs text-slate-600">
          A profile started from Clinic method keeps its separate female and male values (other or
          unknown sex gets their mean, as Clinic method does); one started from Literature has one
          value per condition for every patient.
        </p>
      </section>
      <section className="mt-8" aria-labelledby="builtin-heading">
        <h2 id="builtin-heading" className="text-lg font-semibold">
          Built-in profiles
        </h2>
        <div className="mt-2 grid gap-4 lg:grid-cols-2">
          {data.builtIns.map((b) => (
            <BuiltInProfile key={b.id} profile={b} />
          ))}
        </div>
      </section>
    </AppShell>
  );
}
