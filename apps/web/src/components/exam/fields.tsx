'use client';

import type { Measure, VocabularyEntry } from '@stride/exam-schema';

const box = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm disabled:bg-slate-100';

/** A number with its unit and the range the case format allows; empty means not measured. */
export function NumberField({
  id,
  measure,
  value,
  onChange,
  disabled,
  label,
}: {
  id: string;
  measure: Measure;
  value: unknown;
  onChange: (v: number | undefined) => void;
  disabled?: boolean;
  label?: string;
}) {
  const n = typeof value === 'number' ? value : undefined;
  const out = n !== undefined && (n < measure.min || n > measure.max);
  return (
    <span className="inline-flex items-center gap-1">
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step="any"
        min={measure.min}
        max={measure.max}
        disabled={disabled}
        aria-label={label ?? measure.label}
        aria-invalid={out || undefined}
        title={`${measure.min} to ${measure.max} ${measure.unit}`}
        value={n ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        className={`${box} w-24 ${out ? 'border-red-600' : ''}`}
        data-testid={id}
      />
      <span className="text-xs text-slate-600">{measure.unit}</span>
    </span>
  );
}

/** One of a vocabulary, or not recorded. */
export function EnumSelect({
  id,
  entries,
  value,
  onChange,
  disabled,
  label,
  emptyLabel = 'Not recorded',
}: {
  id: string;
  entries: readonly VocabularyEntry[];
  value: unknown;
  onChange: (v: string | undefined) => void;
  disabled?: boolean;
  label: string;
  emptyLabel?: string;
}) {
  return (
    <select
      id={id}
      aria-label={label}
      disabled={disabled}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      className={box}
      data-testid={id}
    >
      <option value="">{emptyLabel}</option>
      {entries.map((e) => (
        <option key={e.id} value={e.id}>
          {e.label}
        </option>
      ))}
    </select>
  );
}

/** Positive / negative / not done as a radio group: absent is not the same as negative. */
export function TriState({
  id,
  label,
  value,
  onChange,
  options,
  disabled,
}: {
  id: string;
  label: string;
  value: unknown;
  onChange: (v: string | undefined) => void;
  options: readonly { id: string; label: string }[];
  disabled?: boolean;
}) {
  const current = typeof value === 'string' ? value : '';
  return (
    <fieldset className="flex flex-wrap items-center gap-x-2 gap-y-1" id={id} data-testid={id}>
      <legend className="sr-only">{label}</legend>
      {[{ id: '', label: '—' }, ...options].map((o) => (
        <label
          key={o.id || 'none'}
          className={`cursor-pointer rounded border px-2 py-0.5 text-xs has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${
            current === o.id
              ? o.id === ''
                ? 'border-slate-400 bg-slate-100'
                : 'border-brand-700 bg-brand-700 text-white'
              : 'border-slate-300 bg-white'
          }`}
        >
          <input
            type="radio"
            className="sr-only"
            name={id}
            value={o.id}
            checked={current === o.id}
            disabled={disabled}
            onChange={() => onChange(o.id === '' ? undefined : o.id)}
            data-testid={`${id}-${o.id || 'none'}`}
          />
          {o.id === '' ? <span aria-label="not recorded">—</span> : o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Several of a vocabulary as checkboxes; none ticked means not asked. */
export function ChoiceSet({
  id,
  legend,
  entries,
  value,
  onChange,
  disabled,
}: {
  id: string;
  legend: string;
  entries: readonly VocabularyEntry[];
  value: unknown;
  onChange: (v: string[] | undefined) => void;
  disabled?: boolean;
}) {
  const selected = new Set(Array.isArray(value) ? (value as string[]) : []);
  return (
    <fieldset className="mt-2" data-testid={id}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {entries.map((e) => (
          <label
            key={e.id}
            className="inline-flex items-center gap-1 rounded border border-slate-200 bg-white px-2 py-1 text-xs"
          >
            <input
              type="checkbox"
              disabled={disabled}
              checked={selected.has(e.id)}
              onChange={(ev) => {
                const next = new Set(selected);
                if (ev.target.checked) next.add(e.id);
                else next.delete(e.id);
                const list = entries.map((x) => x.id).filter((x) => next.has(x));
                onChange(list.length ? list : undefined);
              }}
              data-testid={`${id}-${e.id}`}
            />
            {e.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Yes / no / not asked. */
export function YesNo({
  id,
  label,
  value,
  onChange,
  disabled,
}: {
  id: string;
  label: string;
  value: unknown;
  onChange: (v: boolean | undefined) => void;
  disabled?: boolean;
}) {
  return (
    <TriState
      id={id}
      label={label}
      value={value === true ? 'yes' : value === false ? 'no' : undefined}
      onChange={(v) => onChange(v === undefined ? undefined : v === 'yes')}
      options={[
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
      ]}
      disabled={disabled}
    />
  );
}

/** Free-text notes; empty means none. */
export function NotesField({
  id,
  label,
  value,
  onChange,
  disabled,
}: {
  id: string;
  label: string;
  value: unknown;
  onChange: (v: string | undefined) => void;
  disabled?: boolean;
}) {
  return (
    <label className="mt-3 block text-sm">
      <span className="font-medium text-slate-700">{label}</span>
      <textarea
        id={id}
        rows={2}
        maxLength={5000}
        disabled={disabled}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm disabled:bg-slate-100"
        data-testid={id}
      />
    </label>
  );
}
