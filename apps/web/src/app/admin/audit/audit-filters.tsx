import type { ReactNode } from 'react';
import Link from 'next/link';

import type { AuditParams } from './read-filters';

const input = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2';

function Field(props: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-700">
        {props.label}
      </label>
      {props.children}
      {props.error ? (
        <p className="mt-1 text-sm text-red-700" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** A GET form: every search is a link an admin can bookmark or send to a colleague. */
export function AuditFilters({
  params,
  errors,
  actions,
  zones,
  zone,
}: {
  params: AuditParams;
  errors: Record<string, string>;
  actions: readonly { action: string; label: string }[];
  zones: string[];
  zone: string;
}) {
  return (
    <form
      method="get"
      role="search"
      className="mt-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
      data-testid="audit-filters"
    >
      {params.patientId ? <input type="hidden" name="patientId" value={params.patientId} /> : null}
      {params.userId ? <input type="hidden" name="userId" value={params.userId} /> : null}
      <Field id="patient" label="Patient name" error={errors.patientName}>
        <input
          id="patient"
          name="patient"
          type="search"
          defaultValue={params.patient ?? ''}
          maxLength={100}
          className={input}
          data-testid="audit-patient"
        />
      </Field>
      <Field id="user" label="Staff member" error={errors.actorName}>
        <input
          id="user"
          name="user"
          type="search"
          defaultValue={params.user ?? ''}
          maxLength={100}
          className={input}
          data-testid="audit-user"
        />
      </Field>
      <Field id="action" label="Action" error={errors.action}>
        <select
          id="action"
          name="action"
          defaultValue={params.action ?? ''}
          className={input}
          data-testid="audit-action"
        >
          <option value="">Any action</option>
          {actions.map((a) => (
            <option key={a.action} value={a.action}>
              {a.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="zone" label="Dates in" error={errors.timeZone}>
        <select id="zone" name="zone" defaultValue={zone} className={input}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </Field>
      <Field id="from" label="From" error={errors.from}>
        <input
          id="from"
          name="from"
          type="date"
          defaultValue={params.from ?? ''}
          className={input}
          data-testid="audit-from"
        />
      </Field>
      <Field id="to" label="To" error={errors.to}>
        <input
          id="to"
          name="to"
          type="date"
          defaultValue={params.to ?? ''}
          className={input}
          data-testid="audit-to"
        />
      </Field>
      <div className="flex items-end gap-2 sm:col-span-2">
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          data-testid="audit-search"
        >
          Search
        </button>
        <Link
          href="/admin/audit"
          className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-700 hover:bg-slate-100"
        >
          Clear
        </Link>
      </div>
    </form>
  );
}
