import 'server-only';

import type { ActionState } from '~/server/action-error';
import { formNumber, formText } from '~/server/form-data';

import type { LocationFields, OpeningWindow } from '@stride/api';
import { WEEKDAY_NAMES } from '@stride/api';

/** Where the form shows a message about an input path: opening hours go beside their day. */
export type FieldOf = (path: readonly PropertyKey[]) => string | undefined;

/**
 * The location form's fields as the procedure's input. Opening-hours rows are named
 * open-<weekday>-<n> / close-<weekday>-<n>; a row with both empty is no window. A row with one
 * half is refused here, beside its day, since the schema cannot tell which half was meant.
 */
export function readLocationForm(
  form: FormData,
): { fields: LocationFields; fieldOf: FieldOf } | { refused: ActionState } {
  const windows: OpeningWindow[] = [];
  const fieldErrors: Record<string, string> = {};
  for (const key of form.keys()) {
    const m = /^open-(\d)-(\d+)$/.exec(key);
    if (!m) continue;
    const weekday = Number(m[1]);
    const start = formText(form, key);
    const end = formText(form, `close-${m[1]}-${m[2]}`);
    if (!start && !end) continue;
    if (!start || !end) {
      fieldErrors[`hours-${weekday}`] =
        `${WEEKDAY_NAMES[weekday - 1] ?? 'That day'}: give both opening and closing, or leave both empty.`;
    }
    windows.push({ weekday, start, end });
  }
  if (Object.keys(fieldErrors).length)
    return { refused: { error: 'Please correct the fields marked below.', fieldErrors } };
  const fieldOf: FieldOf = (path) =>
    path[0] === 'openingHours' && typeof path[1] === 'number'
      ? `hours-${windows[path[1]]?.weekday ?? ''}`
      : path.join('.');
  return {
    fields: {
      name: formText(form, 'name'),
      addressLine1: formText(form, 'addressLine1'),
      city: formText(form, 'city'),
      region: formText(form, 'region'),
      postalCode: formText(form, 'postalCode'),
      timeZone: formText(form, 'timeZone'),
      openingHours: windows,
      minNoticeMinutes: formNumber(form, 'minNoticeMinutes'),
      bookingHorizonDays: formNumber(form, 'bookingHorizonDays'),
      cancellationWindowHours: formNumber(form, 'cancellationWindowHours'),
    },
    fieldOf,
  };
}
