import { ActionForm, FieldError } from '~/components/action-form';
import { Card } from '~/components/card';
import { CheckboxField, FormField, inputClass } from '~/components/form-field';

import type { LocationDetail } from '@stride/api';

import { addRoomAction, renameRoomAction, setRoomActiveAction } from './room-actions';

const kindLabel = { exam_room: 'Exam room', gait_lab: 'Gait lab' } as const;
const button =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100';

/** Each room renames and (de)activates in its own small form, so a refusal shows beside it. */
export function RoomsCard({ location }: { location: LocationDetail }) {
  return (
    <Card title="Rooms" testId="rooms-card">
      {location.resources.length === 0 ? (
        <p className="text-sm text-slate-600">No rooms yet. Add one below.</p>
      ) : null}
      <ul className="divide-y divide-slate-100">
        {location.resources.map((r) => (
          <li key={r.id} className="py-3" data-testid="room">
            <p className="text-sm text-slate-600">
              {kindLabel[r.kind]}
              {r.hasTreadmill ? ' · treadmill' : ''} · {r.upcomingBookings} upcoming
              {r.active ? '' : ' · '}
              {r.active ? null : <strong className="text-slate-900">deactivated</strong>}
            </p>
            <div className="mt-1 flex flex-wrap items-start gap-2">
              <ActionForm action={renameRoomAction} keepValues>
                <div className="flex flex-wrap items-start gap-2">
                  <input type="hidden" name="locationId" value={location.id} />
                  <input type="hidden" name="resourceId" value={r.id} />
                  <div>
                    <input
                      name="name"
                      defaultValue={r.name}
                      required
                      maxLength={60}
                      aria-label={`Name of ${r.name}`}
                      aria-describedby={`room-${r.id}-name-error`}
                      className={`${inputClass} w-44`}
                      data-testid="room-name"
                    />
                    <FieldError name="name" id={`room-${r.id}-name-error`} />
                  </div>
                  <button type="submit" className={button}>
                    Rename
                  </button>
                </div>
              </ActionForm>
              <ActionForm action={setRoomActiveAction}>
                <input type="hidden" name="locationId" value={location.id} />
                <input type="hidden" name="resourceId" value={r.id} />
                <input type="hidden" name="active" value={String(!r.active)} />
                <button type="submit" className={button} data-testid="room-toggle">
                  {r.active ? 'Deactivate' : 'Reactivate'}
                  <span className="sr-only"> {r.name}</span>
                </button>
                <FieldError name="active" id={`room-${r.id}-active-error`} />
              </ActionForm>
            </div>
          </li>
        ))}
      </ul>
      <h3 className="mt-4 border-t border-slate-200 pt-4 text-sm font-semibold text-slate-800">
        Add a room
      </h3>
      <ActionForm action={addRoomAction} keepValues className="mt-2" testId="add-room-form">
        <div className="space-y-3">
          <input type="hidden" name="locationId" value={location.id} />
          <div className="grid gap-3 sm:grid-cols-2">
            <FormField name="name" idPrefix="new-room-" label="Name" required maxLength={60} />
            <div>
              <label htmlFor="new-room-kind" className="block text-sm font-medium text-slate-700">
                Kind
              </label>
              <select
                id="new-room-kind"
                name="kind"
                aria-describedby="new-room-kind-error"
                className={`mt-1 ${inputClass}`}
                data-testid="field-kind"
              >
                <option value="exam_room">Exam room</option>
                <option value="gait_lab">Gait lab</option>
              </select>
              <FieldError name="kind" id="new-room-kind-error" />
            </div>
          </div>
          <CheckboxField
            name="hasTreadmill"
            idPrefix="new-room-"
            label="Has a treadmill"
            hint="Required for a gait lab."
          />
          <button type="submit" className={button} data-testid="add-room">
            Add room
          </button>
        </div>
      </ActionForm>
    </Card>
  );
}
