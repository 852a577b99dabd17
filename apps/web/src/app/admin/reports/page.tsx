import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { TRPCError } from '@trpc/server';
import { AppShell } from '~/components/app-shell';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import type { ReportFiltersInput } from '@stride/api';

import type { ReportView } from './report-params';
import { AttendanceReport } from './attendance-report';
import { DiagnosisReport } from './diagnosis-report';
import { NewPatientsReport } from './new-patients-report';
import { OutcomesReport } from './outcomes-report';
import { ReportFiltersForm } from './report-filters-form';
import { filtersFrom, query, REPORT_VIEWS, viewFrom } from './report-params';
import { UtilisationReport } from './utilisation-report';

export const metadata: Metadata = { title: 'Reports' };

type Api = Awaited<ReturnType<typeof getApi>>;

/** Input validation arrives as zod's issue list in JSON; the person needs its first message. */
function refusal(message: string): string {
  try {
    const issues = JSON.parse(message) as { message?: string }[];
    return issues[0]?.message ?? message;
  } catch {
    return message;
  }
}

/** Runs only the chosen report, so a page view costs one report's queries. */
async function renderReport(api: Api, view: ReportView, f: ReportFiltersInput): Promise<ReactNode> {
  const csv = (table: string) => `/admin/reports/csv/${table}?${query(f)}`;
  switch (view) {
    case 'utilisation':
      return <UtilisationReport data={await api.reports.utilisation(f)} csv={csv} />;
    case 'attendance':
      return <AttendanceReport data={await api.reports.attendance(f)} csv={csv} />;
    case 'new-patients':
      return <NewPatientsReport data={await api.reports.newPatients(f)} csv={csv} />;
    case 'diagnoses':
      return <DiagnosisReport data={await api.reports.diagnosisMix(f)} csv={csv} />;
    case 'outcomes':
      return <OutcomesReport data={await api.reports.outcomes(f)} csv={csv} />;
  }
}

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireRole(['admin'], '/admin/reports');
  const search = await searchParams;
  const view = viewFrom(search);
  const filters = filtersFrom(search);
  const api = await getApi();
  const options = await orPage(api.reports.options());
  let report: ReactNode = null;
  let error: string | null = null;
  try {
    report = await renderReport(api, view, filters);
  } catch (e) {
    // A filter the API refuses (dates backwards, range too long) is shown beside the form;
    // any other refusal becomes its page (403, 404, sign-in).
    if (!(e instanceof TRPCError)) throw e;
    if (e.code !== 'BAD_REQUEST') await orPage(Promise.reject(e));
    error = refusal(e.message);
  }
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <h1 className="text-2xl font-semibold">Reports</h1>
      <p className="text-sm text-slate-600">
        {viewer.organizationName}: every figure is computed from the live records, by location time
        zone. The last 90 days across all locations unless you choose otherwise.
      </p>
      <nav aria-label="Reports" className="mt-4 flex gap-2 overflow-x-auto pb-1">
        {REPORT_VIEWS.map((r) => (
          <Link
            key={r.id}
            href={`/admin/reports?${query(filters, { report: r.id })}`}
            aria-current={r.id === view ? 'page' : undefined}
            className={`rounded-full border px-3 py-1.5 text-sm font-medium whitespace-nowrap ${
              r.id === view
                ? 'border-brand-700 bg-brand-700 text-white'
                : 'border-slate-300 text-slate-700 hover:bg-slate-100'
            }`}
          >
            {r.label}
          </Link>
        ))}
      </nav>
      <div className="mt-4">
        <ReportFiltersForm report={view} options={options} filters={filters} error={error} />
      </div>
      <div className="mt-6">{report}</div>
    </AppShell>
  );
}
