import type { ActionState } from '~/server/action-error';
import { ActionForm, FieldError } from '~/components/action-form';
import { CheckboxField, FormField, inputClass } from '~/components/form-field';

import type { LocationFields } from '@stride/api';
import { BOOKING_POLICY, DEFAULT_ROOMS } from '@stride/api';

import { OpeningHoursFields } from './opening-hours-fields';

/** Zones the runtime knows, minus fixed offsets (the schema refuses those too). */
function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone').filter(
    (z) => z.includes('/') && !z.startsWith('Etc/'),
  );
  return zones.includes(current) || !current ? zones : [current, ...zones];
}

const policy = [
  [
    'minNoticeMinutes',
    'Minimum notice (minutes)',
    'How soon before a start patients can still book it.',
  ],
  ['bookingHorizonDays', 'Booking horizon (days)', 'How far ahead patients can book.'],
  [
    'cancellationWindowHours',
    'Cancellation window (hours)',
    'Patients cancel or move online up to this long before; later, they call.',
  ],
] as const;

export function LocationForm({
  action,
  values,
  locationId,
  submitLabel,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  values: LocationFields;
  /** Absent when creating: the form then offers the default rooms. */
  locationId?: string;
  submitLabel: string;
}) {
  return (
    <ActionForm action={action} keepValues testId="location-form">
      <div className="space-y-6">
        {locationId ? <input type="hidden" name="locationId" value={locationId} /> : null}
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold text-slate-800">Details</legend>
          <div className="sm:col-span-2">
            <FormField
              name="name"
              label="Name"
              defaultValue={values.name}
              required
              maxLength={80}
            />
          </div>
          <div className="sm:col-span-2">
            <FormField
              name="addressLine1"
              label="Street address"
              defaultValue={values.addressLine1}
              required
              maxLength={120}
              autoComplete="street-address"
            />
          </div>
          <FormField name="city" label="City" defaultValue={values.city} required maxLength={80} />
          <FormField
            name="region"
            label="State or region"
            defaultValue={values.region}
            required
            maxLength={80}
          />
          <FormField
            name="postalCode"
            label="Postal code"
            defaultValue={values.postalCode}
            required
            maxLength={20}
          />
          <div>
            <label htmlFor="timeZone" className="block text-sm font-medium text-slate-700">
              Time zone
            </label>
            <select
              id="timeZone"
              name="timeZone"
              defaultValue={values.timeZone}
              aria-describedby="timeZone-error"
              className={`mt-1 ${inputClass}`}
              data-testid="field-timeZone"
            >
              {timeZones(values.timeZone).map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
            <FieldError name="timeZone" id="timeZone-error" />
          </div>
        </fieldset>
        <OpeningHoursFields windows={values.openingHours} />
        <fieldset className="grid gap-3 sm:grid-cols-3">
          <legend className="mb-2 text-sm font-semibold text-slate-800">Booking policy</legend>
          {policy.map(([name, label, hint]) => (
            <FormField
              key={name}
              name={name}
              label={label}
              hint={hint}
              type="number"
              inputMode="numeric"
              min={BOOKING_POLICY[name].min}
              max={BOOKING_POLICY[name].max}
              step={1}
              defaultValue={values[name]}
            />
          ))}
        </fieldset>
        {locationId ? null : (
          <CheckboxField
            name="addDefaultRooms"
            label="Add the usual rooms"
            hint={`${DEFAULT_ROOMS.map((r) => r.name).join(', ')} (with treadmill). Rename or deactivate them later.`}
            defaultChecked
          />
        )}
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          data-testid="save-location"
        >
          {submitLabel}
        </button>
      </div>
    </ActionForm>
  );
}
