import type { BookingParams } from '~/components/booking/booking-flow';
import type { Metadata } from 'next';
import { BookingFlow } from '~/components/booking/booking-flow';
import { portalNav } from '~/components/portal-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';

export const metadata: Metadata = { title: 'Book an appointment' };

export default async function BookPage({ searchParams }: { searchParams: Promise<BookingParams> }) {
  const viewer = await requireRole(['patient'], '/portal/book');
  const sp = await searchParams;
  const moving = sp.reschedule
    ? (await orPage((await getApi()).scheduling.mine())).upcoming.find(
        (a) => a.id === sp.reschedule,
      )
    : undefined;
  return (
    <BookingFlow viewer={viewer} sp={sp} basePath="/portal/book" moving={moving} nav={portalNav} />
  );
}
