import type { ActionState } from '~/server/action-error';
import { ActionForm, FieldError } from '~/components/action-form';
import { CheckboxField, FormField } from '~/components/form-field';

import type { AppointmentTypeFields } from '@stride/api';
import { APPOINTMENT_TYPE_BOUNDS } from '@stride/api';

const minutes = [
  ['durationMinutes', 'Duration (minutes)', APPOINTMENT_TYPE_BOUNDS.durationMinutes, undefined],
  [
    'bufferBeforeMinutes',
    'Buffer before (minutes)',
    APPOINTMENT_TYPE_BOUNDS.bufferMinutes,
    'Room and clinician kept free before, e.g. to set up.',
  ],
  [
    'bufferAfterMinutes',
    'Buffer after (minutes)',
    APPOINTMENT_TYPE_BOUNDS.bufferMinutes,
    'Kept free after, e.g. to reset the treadmill and cameras.',
  ],
] as const;

const rooms = [
  ['exam_room', 'Exam room'],
  ['gait_lab', 'Gait lab (treadmill)'],
] as const;

export function TypeForm({
  action,
  values,
  appointmentTypeId,
  submitLabel,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  values: AppointmentTypeFields;
  appointmentTypeId?: string;
  submitLabel: string;
}) {
  return (
    <ActionForm action={action} keepValues testId="type-form">
      <div className="space-y-5">
        {appointmentTypeId ? (
          <input type="hidden" name="appointmentTypeId" value={appointmentTypeId} />
        ) : null}
        <FormField name="name" label="Name" defaultValue={values.name} required maxLength={80} />
        <div className="grid gap-3 sm:grid-cols-3">
          {minutes.map(([name, label, bounds, hint]) => (
            <FormField
              key={name}
              name={name}
              label={label}
              hint={hint}
              type="number"
              inputMode="numeric"
              min={bounds.min}
              max={bounds.max}
              step={1}
              defaultValue={values[name]}
            />
          ))}
        </div>
        <fieldset aria-describedby="resourceKinds-error">
          <legend className="text-sm font-medium text-slate-700">
            Rooms needed besides the clinician
          </legend>
          <p className="text-xs text-slate-600">
            None for telehealth. Slots are offered only where a free room of each kind exists.
          </p>
          <div className="mt-1 flex flex-wrap gap-4">
            {rooms.map(([kind, label]) => (
              <label key={kind} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="resourceKinds"
                  value={kind}
                  defaultChecked={values.resourceKinds.includes(kind)}
                  className="h-4 w-4 rounded border-slate-300"
                  data-testid={`kind-${kind}`}
                />
                {label}
              </label>
            ))}
          </div>
          <FieldError name="resourceKinds" id="resourceKinds-error" />
        </fieldset>
        <CheckboxField
          name="bookableOnline"
          label="Patients can book it online"
          hint="Otherwise only staff book it; patients are asked to call."
          defaultChecked={values.bookableOnline}
        />
        <CheckboxField
          name="active"
          label="Active"
          hint="Inactive types are offered to nobody; booked appointments stay."
          defaultChecked={values.active}
        />
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          data-testid="save-type"
        >
          {submitLabel}
        </button>
      </div>
    </ActionForm>
  );
}
