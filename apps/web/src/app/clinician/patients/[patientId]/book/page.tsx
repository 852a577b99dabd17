import type { BookingParams } from '~/components/booking/booking-flow';
import type { Metadata } from 'next';
import { BookingFlow } from '~/components/booking/booking-flow';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';

export const metadata: Metadata = { title: 'Book for a patient' };

export default async function StaffBookPage({
  params,
  searchParams,
}: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<BookingParams>;
}) {
  const { patientId } = await params;
  const viewer = await requireRole(
    ['clinician', 'front_desk'],
    `/clinician/patients/${patientId}/book`,
  );
  const sp = await searchParams;
  const api = await getApi();
  const [chart, appts] = await Promise.all([
    orPage(api.patients.getChart({ patientId })),
    orPage(api.scheduling.forPatient({ patientId })),
  ]);
  const moving = sp.reschedule ? appts.upcoming.find((a) => a.id === sp.reschedule) : undefined;
  return (
    <BookingFlow
      viewer={viewer}
      // The patient's home location is the sensible default; staff can change it.
      sp={{ location: chart.location.id, ...sp }}
      basePath={`/clinician/patients/${patientId}/book`}
      nav={staffNav(viewer.role)}
      patient={{ id: chart.id, name: `${chart.givenName} ${chart.familyName}` }}
      moving={moving}
    />
  );
}
