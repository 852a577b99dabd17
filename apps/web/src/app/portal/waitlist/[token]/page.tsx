import type { Metadata } from 'next';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { formatInZone } from '~/components/format';
import { portalNav } from '~/components/portal-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { acceptOfferAction } from '../../actions';

export const metadata: Metadata = { title: 'A time opened up' };

/** The link in a waitlist email: one button books the offered time if it is still free. */
export default async function WaitlistOfferPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const viewer = await requireRole(['patient'], `/portal/waitlist/${token}`);
  const api = await getApi();
  const offer = await orPage(api.waitlist.offer({ token }));
  return (
    <AppShell viewer={viewer} nav={portalNav}>
      <h1 className="text-2xl font-semibold">A time opened up</h1>
      <p className="mt-2 text-slate-700" data-testid="offer-time">
        {offer.typeName} at {offer.locationName}, {formatInZone(offer.startsAt, offer.timeZone)}
      </p>
      {offer.state === 'open' ? (
        <ActionForm action={acceptOfferAction} className="mt-6">
          <input type="hidden" name="token" value={token} />
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800"
            data-testid="accept-offer"
          >
            Book this time
          </button>
        </ActionForm>
      ) : (
        <p className="mt-6 text-slate-700" data-testid="offer-closed">
          {offer.state === 'accepted' ? 'You booked this time.' : 'This offer has expired.'}{' '}
          <Link href="/portal" className="text-brand-700 underline">
            Back to my appointments
          </Link>
        </p>
      )}
    </AppShell>
  );
}
