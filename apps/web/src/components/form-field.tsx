import type { InputHTMLAttributes } from 'react';

import { FieldError } from './action-form';

export const inputClass = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

/**
 * A labelled input with its hint and, beside it, the action's message for it. Ids take a prefix
 * when the same field name appears in several forms on one page.
 */
export function FormField({
  name,
  label,
  hint,
  idPrefix = '',
  ...input
}: {
  name: string;
  label: string;
  hint?: string;
  idPrefix?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>) {
  const id = `${idPrefix}${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-describedby={hint ? `${id}-hint ${id}-error` : `${id}-error`}
        className={`mt-1 ${inputClass}`}
        data-testid={`field-${name}`}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}

/** A checkbox with its label and the action's message for it. */
export function CheckboxField({
  name,
  label,
  hint,
  idPrefix = '',
  ...input
}: {
  name: string;
  label: string;
  hint?: string;
  idPrefix?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id' | 'type'>) {
  const id = `${idPrefix}${name}`;
  return (
    <div>
      <label htmlFor={id} className="flex items-start gap-2 text-sm text-slate-800">
        <input
          id={id}
          name={name}
          type="checkbox"
          aria-describedby={`${id}-error`}
          className="mt-0.5 h-4 w-4 rounded border-slate-300"
          data-testid={`field-${name}`}
          {...input}
        />
        <span>
          <span className="font-medium">{label}</span>
          {hint ? <span className="block text-xs text-slate-600">{hint}</span> : null}
        </span>
      </label>
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}
