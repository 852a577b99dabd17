import { Card } from '~/components/card';
import { formatInZone } from '~/components/format';
import Link from 'next/link';

import type { AppointmentSummary } from '@stride/api';

/** The chart's appointments card: what is booked, with the obvious next buttons. */
export function PatientAppointments({
  patientId,
  upcoming,
}: {
  patientId: string;
  upcoming: AppointmentSummary[];
}) {
  return (
    <Card title="Upcoming appointments" testId="chart-appointments">
      {upcoming.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing booked.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {upcoming.map((a) => (
            <li
              key={a.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2"
              data-testid="chart-appointment"
            >
              <span>
                <span className="font-medium">{formatInZone(a.startsAt, a.location.timeZone)}</span>{' '}
                · {a.type.name} · {a.clinician.name} · {a.location.name}
              </span>
              <Link
                href={`/clinician/patients/${patientId}/book?reschedule=${a.id}`}
                className="text-brand-700 underline"
              >
                Move
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link
        href={`/clinician/patients/${patientId}/book`}
        className="mt-3 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        data-testid="chart-book"
      >
        Book an appointment
      </Link>
    </Card>
  );
}
