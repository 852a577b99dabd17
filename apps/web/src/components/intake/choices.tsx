import type { ReactNode } from 'react';

/** A titled group of questions; the legend is what a screen reader announces on entry. */
export function Section({
  title,
  hint,
  children,
  testId,
  tone = 'plain',
}: {
  title: string;
  hint?: ReactNode;
  children: ReactNode;
  testId?: string;
  tone?: 'plain' | 'warning';
}) {
  const look =
    tone === 'warning' ? 'border-amber-300 bg-amber-50' : 'border-slate-200 bg-white shadow-sm';
  return (
    <section className={`rounded-xl border p-4 sm:p-5 ${look}`} data-testid={testId}>
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      {hint ? <div className="mt-1 text-sm text-slate-700">{hint}</div> : null}
      <div className="mt-4 space-y-5">{children}</div>
    </section>
  );
}

export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  return message ? (
    <p id={id} className="mt-1 text-sm font-medium text-red-700" data-testid={id}>
      {message}
    </p>
  ) : null;
}

/** Tick any that apply. */
export function CheckboxGroup<Id extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  error,
  columns = 'sm:grid-cols-2',
}: {
  name: string;
  legend: string;
  options: readonly { id: Id; label: string }[];
  value: readonly Id[] | undefined;
  onChange: (next: Id[]) => void;
  error?: string | undefined;
  columns?: string;
}) {
  const chosen = value ?? [];
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-medium text-slate-900">{legend}</legend>
      <div className={`mt-2 grid gap-2 ${columns}`}>
        {options.map((o) => (
          <label
            key={o.id}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50"
          >
            <input
              type="checkbox"
              name={name}
              value={o.id}
              checked={chosen.includes(o.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, o.id] : chosen.filter((id) => id !== o.id))
              }
              className="size-4 shrink-0 accent-brand-700"
              data-testid={`${name}-${o.id}`}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${name}-error`} message={error} />
    </fieldset>
  );
}

/** Pick one; `undefined` is "not answered yet", which differs from any choice. */
export function RadioGroup<Id extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  options: readonly { id: Id; label: string }[];
  value: Id | undefined;
  onChange: (next: Id) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-medium text-slate-900">{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {options.map((o) => (
          <label
            key={o.id}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50"
          >
            <input
              type="radio"
              name={name}
              value={o.id}
              checked={value === o.id}
              onChange={() => onChange(o.id)}
              className="size-4 accent-brand-700"
              data-testid={`${name}-${o.id}`}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${name}-error`} message={error} />
    </fieldset>
  );
}

export function TextField({
  name,
  label,
  value,
  onChange,
  error,
  type = 'text',
  inputMode,
  suffix,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (next: string) => void;
  error?: string | undefined;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric';
  suffix?: string;
}) {
  return (
    <div>
      <label htmlFor={`intake-${name}`} className="block font-medium text-slate-900">
        {label}
      </label>
      <div className="mt-1 flex items-center gap-2">
        <input
          id={`intake-${name}`}
          type={type}
          inputMode={inputMode}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${name}-error` : undefined}
          className="w-full max-w-xs rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600"
          data-testid={`intake-${name}`}
        />
        {suffix ? <span className="text-sm text-slate-600">{suffix}</span> : null}
      </div>
      <FieldError id={`${name}-error`} message={error} />
    </div>
  );
}
