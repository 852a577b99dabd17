import { FieldError } from '~/components/action-form';
import { inputClass } from '~/components/form-field';

import type { OpeningWindow } from '@stride/api';
import { WEEKDAY_NAMES } from '@stride/api';

/** Up to three windows a day (say, a lunch break splits two); one empty row to add another. */
const MAX_WINDOWS = 3;

export function OpeningHoursFields({ windows }: { windows: readonly OpeningWindow[] }) {
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-slate-800">Opening hours</legend>
      <p className="text-xs text-slate-600">
        Wall-clock times in the location&apos;s time zone. Leave a day empty when closed; fill the
        extra row to split a day. Patients are offered times when the location is open and a
        clinician works there.
      </p>
      <div className="mt-2 divide-y divide-slate-100">
        {WEEKDAY_NAMES.map((day, index) => {
          const weekday = index + 1;
          const mine = windows.filter((w) => w.weekday === weekday);
          const rows = [...mine, { start: '', end: '' }].slice(0, MAX_WINDOWS);
          return (
            <div key={day} className="py-2" data-testid={`hours-${weekday}`}>
              <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
                <span className="w-24 pt-1.5 text-sm font-medium text-slate-700">{day}</span>
                <div className="space-y-1">
                  {rows.map((w, n) => (
                    <div key={n} className="flex items-center gap-2 text-sm">
                      <input
                        type="time"
                        name={`open-${weekday}-${n}`}
                        defaultValue={w.start}
                        aria-label={`${day} opens${n ? ` (window ${n + 1})` : ''}`}
                        aria-describedby={`hours-${weekday}-error`}
                        className={`${inputClass} w-32`}
                        data-testid={`open-${weekday}-${n}`}
                      />
                      <span aria-hidden="true">–</span>
                      <input
                        type="time"
                        name={`close-${weekday}-${n}`}
                        defaultValue={w.end}
                        aria-label={`${day} closes${n ? ` (window ${n + 1})` : ''}`}
                        aria-describedby={`hours-${weekday}-error`}
                        className={`${inputClass} w-32`}
                        data-testid={`close-${weekday}-${n}`}
                      />
                    </div>
                  ))}
                </div>
              </div>
              <FieldError name={`hours-${weekday}`} id={`hours-${weekday}-error`} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
