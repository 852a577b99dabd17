import type { ReportFiltersInput, ReportOptions } from '@stride/api';

const field =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900';

/** A plain GET form: the filters live in the address, so a report can be bookmarked or shared. */
export function ReportFiltersForm({
  report,
  options,
  filters,
  error,
}: {
  report: string;
  options: ReportOptions;
  filters: ReportFiltersInput;
  error: string | null;
}) {
  return (
    <form
      method="get"
      action="/admin/reports"
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      aria-label="Report filters"
    >
      <input type="hidden" name="report" value={report} />
      <label className="text-sm font-medium text-slate-700">
        From
        <input
          type="date"
          name="from"
          defaultValue={filters.from ?? options.defaultRange.from}
          className={field}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'report-filter-error' : undefined}
        />
      </label>
      <label className="text-sm font-medium text-slate-700">
        To
        <input
          type="date"
          name="to"
          defaultValue={filters.to ?? options.defaultRange.to}
          className={field}
        />
      </label>
      <label className="text-sm font-medium text-slate-700">
        Location
        <select name="locationId" defaultValue={filters.locationId ?? ''} className={field}>
          <option value="">All locations</option>
          {options.locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        Clinician
        <select name="clinicianId" defaultValue={filters.clinicianId ?? ''} className={field}>
          <option value="">All clinicians</option>
          {options.clinicians.map((c) => (
            <option key={c.id} value={c.id}>
              {c.active ? c.name : `${c.name} (former)`}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
      >
        Apply filters
      </button>
      {error ? (
        <p
          id="report-filter-error"
          role="alert"
          className="text-sm text-red-700 sm:col-span-2 lg:col-span-5"
        >
          {error}
        </p>
      ) : null}
    </form>
  );
}
