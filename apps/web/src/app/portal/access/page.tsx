import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { portalNav } from '~/components/portal-nav';
import { RecordAccessList } from '~/components/record-access-list';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Who accessed my record' };

/** The patient's own access log: clinic staff who opened, changed or exported their record. */
export default async function RecordAccessPage({
  searchParams,
}: {
  searchParams: Promise<{ older?: string }>;
}) {
  const viewer = await requireRole(['patient'], '/portal/access');
  const { older } = await searchParams;
  const api = await getApi();
  const [me, access] = await Promise.all([
    orPage(api.portal.me()),
    orPage(api.auditTrail.mine({ cursor: typeof older === 'string' ? older : undefined })),
  ]);
  return (
    <AppShell viewer={viewer} nav={portalNav}>
      <h1 className="text-2xl font-semibold">Who accessed my record</h1>
      <p className="mt-1 max-w-2xl text-sm text-slate-600">
        Every time someone at {viewer.organizationName} opens, changes or exports your record it is
        logged. Here is who it was and when, newest first, in {me.location.name}&apos;s time. Your
        own visits to the portal are not listed.
      </p>
      <section className="mt-6 rounded-xl border border-slate-200 bg-white px-5 py-2 shadow-sm">
        <RecordAccessList
          visits={access.visits}
          fallbackZone={me.location.timeZone}
          emptyText="Nobody at the clinic has opened your record yet."
        />
      </section>
      <div className="mt-4 flex gap-4 text-sm font-medium">
        {older ? (
          <Link href="/portal/access" className="text-brand-700 hover:underline">
            Newest
          </Link>
        ) : null}
        {access.nextCursor ? (
          <Link
            href={`/portal/access?older=${encodeURIComponent(access.nextCursor)}`}
            className="text-brand-700 hover:underline"
            data-testid="record-access-older"
          >
            Older
          </Link>
        ) : null}
      </div>
      <p className="mt-6 text-sm text-slate-600">
        Something here you do not recognise? Call the clinic and ask for the practice manager.
      </p>
    </AppShell>
  );
}
