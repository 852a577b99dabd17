import { ActionForm, FieldError } from '~/components/action-form';
import { Card } from '~/components/card';
import { inputClass } from '~/components/form-field';
import Link from 'next/link';

import type { LocationDetail } from '@stride/api';

import { addClinicianAction } from './room-actions';

/** Booking needs a clinician with weekly hours here; this card says so and links each step. */
export function CliniciansCard({ location }: { location: LocationDetail }) {
  return (
    <Card title="Clinicians" testId="clinicians-card">
      <p className="text-sm text-slate-600">
        Patients can book here once a clinician works here <em>and</em> has weekly hours here: add
        the clinician, then choose <strong>Set hours</strong> to open their working hours and fill
        in the card for {location.name}. Slots follow the hours at once, within the opening hours.
      </p>
      {location.clinicians.length === 0 ? (
        <p className="mt-3 text-sm font-medium text-amber-800" data-testid="no-clinicians">
          No clinician works here yet, so patients cannot book here.
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 text-sm">
          {location.clinicians.map((c) => (
            <li
              key={c.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2"
              data-testid="location-clinician"
            >
              <span>
                {c.name}
                <span className={c.hasHours ? 'text-slate-600' : 'font-medium text-amber-800'}>
                  {c.hasHours ? ' · has hours here' : ' · no hours here yet'}
                </span>
              </span>
              <Link
                href={`/clinician/availability?clinician=${c.id}`}
                className="text-brand-700 underline"
                data-testid="set-hours"
              >
                Set hours<span className="sr-only"> for {c.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {location.otherClinicians.length ? (
        <ActionForm
          action={addClinicianAction}
          className="mt-4 flex flex-wrap items-end gap-2 border-t border-slate-200 pt-4"
          testId="add-clinician-form"
        >
          <input type="hidden" name="locationId" value={location.id} />
          <div className="min-w-48 flex-1">
            <label htmlFor="clinicianId" className="block text-sm font-medium text-slate-700">
              Add a clinician
            </label>
            <select
              id="clinicianId"
              name="clinicianId"
              aria-describedby="clinicianId-error"
              className={`mt-1 ${inputClass}`}
              data-testid="field-clinicianId"
            >
              {location.otherClinicians.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <FieldError name="clinicianId" id="clinicianId-error" />
          </div>
          <button
            type="submit"
            className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
            data-testid="add-clinician"
          >
            Add to {location.name}
          </button>
        </ActionForm>
      ) : (
        <p className="mt-4 text-sm text-slate-600">
          Every clinician of the organisation works here.
        </p>
      )}
    </Card>
  );
}
