import type { ReportFiltersInput } from '@stride/api';

export const REPORT_VIEWS = [
  { id: 'utilisation', label: 'Utilisation' },
  { id: 'attendance', label: 'No-shows & cancellations' },
  { id: 'new-patients', label: 'New patients' },
  { id: 'diagnoses', label: 'Diagnosis mix' },
  { id: 'outcomes', label: 'Outcomes' },
] as const;
export type ReportView = (typeof REPORT_VIEWS)[number]['id'];

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;

/** The filters from the address; the API validates them and says what is wrong. */
export function filtersFrom(search: Search): ReportFiltersInput {
  return {
    from: one(search.from),
    to: one(search.to),
    locationId: one(search.locationId),
    clinicianId: one(search.clinicianId),
  };
}

export function viewFrom(search: Search): ReportView {
  const v = one(search.report);
  return REPORT_VIEWS.find((r) => r.id === v)?.id ?? 'utilisation';
}

/** The same filters as a query string, for tab links and CSV downloads. */
export function query(filters: ReportFiltersInput, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filters, ...extra }).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
  );
  return new URLSearchParams(entries).toString();
}
