import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { ageOn, formatDate, sexLabel } from '~/components/format';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { FLAG_IDS } from '@stride/outcomes';

export const metadata: Metadata = { title: 'Caseload' };

const flagLabel: Record<(typeof FLAG_IDS)[number], string> = {
  red_flag_reported: 'Red flag',
  worsening: 'Worsening',
  saphenous_prompt: 'Re-check: saphenous?',
  race_without_go: 'Race soon, no go decision',
  not_improving: 'Not improving',
  missed_follow_up: 'Missed follow-up',
  low_adherence: 'Adherence < 50 %',
};
const severityStyle: Record<string, string> = {
  urgent: 'bg-red-700 text-white',
  high: 'bg-red-100 text-red-900',
  medium: 'bg-amber-100 text-amber-900',
  low: 'bg-slate-100 text-slate-800',
};

const pagerLink =
  'rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700';

/** A page number from the query string; anything odd is the first page. */
function pageNumber(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

export default async function CaseloadPage({
  searchParams,
}: {
  searchParams: Promise<{
    q?: string;
    location?: string;
    flag?: string;
    sort?: string;
    page?: string;
  }>;
}) {
  const viewer = await requireRole(['clinician', 'front_desk'], '/clinician');
  const params = await searchParams;
  const search = typeof params.q === 'string' ? params.q.slice(0, 100) : '';
  const location =
    typeof params.location === 'string' && params.location ? params.location : undefined;
  const flag = FLAG_IDS.find((f) => f === params.flag);
  const sort = params.sort === 'name' ? 'name' : 'flags';
  const page = pageNumber(params.page);
  const caseload = await orPage(
    (await getApi()).caseload.list({
      search: search || undefined,
      locationId: location,
      flag,
      sort,
      page,
    }),
  );
  const from = (caseload.page - 1) * caseload.pageSize + 1;
  const to = from + caseload.patients.length - 1;
  const pageHref = (n: number) =>
    `/clinician?${new URLSearchParams({
      ...(search ? { q: search } : {}),
      ...(location ? { location } : {}),
      ...(flag ? { flag } : {}),
      ...(params.sort === 'name' ? { sort } : {}),
      page: String(n),
    }).toString()}`;
  const hasNext = caseload.page * caseload.pageSize < caseload.total;
  const today = new Date();
  const filtered = Boolean(search || location || flag);
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <h1 className="text-2xl font-semibold">
        {caseload.scope === 'mine' ? 'My caseload' : 'Patients at my locations'}
      </h1>
      <form
        method="get"
        className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-end"
        role="search"
        data-testid="caseload-filter"
      >
        <div className="flex-1">
          <label htmlFor="q" className="block text-sm font-medium text-slate-700">
            Search by name
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={search}
            maxLength={100}
            placeholder="e.g. Alvarez"
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
            data-testid="caseload-search"
          />
        </div>
        <div>
          <label htmlFor="location" className="block text-sm font-medium text-slate-700">
            Location
          </label>
          <select
            id="location"
            name="location"
            defaultValue={location ?? ''}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 sm:w-48"
            data-testid="caseload-location"
          >
            <option value="">All my locations</option>
            {caseload.locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        {caseload.scope === 'mine' ? (
          <div>
            <label htmlFor="flag" className="block text-sm font-medium text-slate-700">
              Flag
            </label>
            <select
              id="flag"
              name="flag"
              defaultValue={flag ?? ''}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 sm:w-52"
              data-testid="caseload-flag"
            >
              <option value="">Any</option>
              {FLAG_IDS.map((f) => (
                <option key={f} value={f}>
                  {flagLabel[f]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {caseload.scope === 'mine' ? (
          <div>
            <label htmlFor="sort" className="block text-sm font-medium text-slate-700">
              Order
            </label>
            <select
              id="sort"
              name="sort"
              defaultValue={sort}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 sm:w-40"
              data-testid="caseload-sort"
            >
              <option value="flags">Flags first</option>
              <option value="name">By name</option>
            </select>
          </div>
        ) : null}
        <div className="flex gap-2">
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
            data-testid="caseload-apply"
          >
            Apply
          </button>
          {filtered ? (
            <Link
              href="/clinician"
              className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-700 hover:bg-slate-100"
            >
              Clear
            </Link>
          ) : null}
        </div>
      </form>
      <p className="mt-4 text-sm text-slate-600" aria-live="polite" data-testid="caseload-count">
        {caseload.patients.length === 0
          ? `${caseload.total} ${caseload.total === 1 ? 'patient' : 'patients'}`
          : `Showing ${from}–${to} of ${caseload.total} ${caseload.total === 1 ? 'patient' : 'patients'}`}
      </p>
      {caseload.patients.length === 0 ? (
        <p
          className="mt-3 rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600"
          data-testid="caseload-empty"
        >
          {caseload.total > 0 ? (
            <>
              This page is past the end of the list.{' '}
              <Link href={pageHref(1)} className="font-medium text-brand-700 underline">
                Go to the first page
              </Link>
            </>
          ) : filtered ? (
            'No patients match this search. Try another name or location.'
          ) : (
            'You have no patients on your caseload yet.'
          )}
        </p>
      ) : (
        <ul
          className="mt-3 divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white"
          data-testid="caseload-list"
        >
          {caseload.patients.map((p) => (
            <li key={p.id}>
              <Link
                href={`/clinician/patients/${p.id}`}
                className="grid gap-1 px-4 py-3 hover:bg-brand-50 sm:grid-cols-[2fr_1fr_2fr] sm:items-center"
                data-testid="caseload-patient"
              >
                <span>
                  <span className="font-medium text-brand-800">
                    {p.familyName}, {p.givenName}
                  </span>
                  <span className="block text-xs text-slate-600">
                    {ageOn(p.dateOfBirth, today)} y · {sexLabel[p.sex]}
                  </span>
                </span>
                <span className="text-sm text-slate-700">{p.location.name}</span>
                <span className="text-sm text-slate-700">
                  {p.targetRace && p.targetRaceDate
                    ? `${p.targetRace}, ${formatDate(p.targetRaceDate)}`
                    : 'No target race'}
                </span>
                {p.flags.length > 0 ? (
                  <span className="flex flex-wrap gap-1 sm:col-span-3" data-testid="caseload-flags">
                    {p.flags.map((f) => (
                      <span
                        key={f.id}
                        title={f.message}
                        className={`rounded px-1.5 py-0.5 text-xs font-medium ${severityStyle[f.severity]}`}
                        data-testid={`flag-${f.id}`}
                      >
                        {flagLabel[f.id]}
                      </span>
                    ))}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {/* Past the end the empty state links to the first page; a pager there would confuse. */}
      {caseload.patients.length > 0 && (caseload.page > 1 || hasNext) ? (
        <nav
          aria-label="Caseload pages"
          className="mt-4 flex items-center justify-between gap-3"
          data-testid="caseload-pager"
        >
          {caseload.page > 1 ? (
            <Link
              href={pageHref(caseload.page - 1)}
              rel="prev"
              className={pagerLink}
              data-testid="caseload-previous"
            >
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-slate-600">
            Page {caseload.page} of {Math.max(1, Math.ceil(caseload.total / caseload.pageSize))}
          </span>
          {hasNext ? (
            <Link
              href={pageHref(caseload.page + 1)}
              rel="next"
              className={pagerLink}
              data-testid="caseload-next"
            >
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </AppShell>
  );
}
