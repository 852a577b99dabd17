import type { Metadata } from 'next';
import { AppShell } from '~/components/app-shell';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import { knownActions } from '@stride/api';

import type { AuditParams } from './read-filters';
import { AuditFilters } from './audit-filters';
import { AuditRows } from './audit-rows';
import { readFilters } from './read-filters';

export const metadata: Metadata = { title: 'Audit log' };

/** Who did what to which record, searchable by patient, staff member, action and dates. */
export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<AuditParams>;
}) {
  const viewer = await requireRole(['admin'], '/admin/audit');
  const params = await searchParams;
  const api = await getApi();
  const { locations } = await orPage(api.admin.listLocations());
  const zones = [...new Set(locations.map((l) => l.timeZone))];
  const zone = zones.includes(params.zone ?? '') ? (params.zone ?? '') : (zones[0] ?? 'UTC');
  const { input, errors } = readFilters(params, zone);
  const page = input ? await orPage(api.auditTrail.search(input)) : null;
  const newer = new URLSearchParams(
    Object.entries(params).filter(([k, v]) => k !== 'older' && typeof v === 'string'),
  );
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        Every read of a chart and every change to clinical or scheduling data, newest first. Times
        are on the clock of the location the record belongs to. Searching here is logged too.
      </p>
      <AuditFilters
        params={params}
        errors={errors}
        actions={knownActions}
        zones={zones.length > 0 ? zones : ['UTC']}
        zone={zone}
      />
      {params.patientId || params.userId ? (
        <p className="mt-3 text-sm text-slate-700" data-testid="audit-narrowed">
          Showing one {params.patientId ? 'patient' : 'staff member'}&apos;s entries.{' '}
          <Link href="/admin/audit" className="font-medium text-brand-700 hover:underline">
            Show everyone
          </Link>
        </p>
      ) : null}
      {page ? <AuditRows rows={page.rows} fallbackZone={zone} /> : null}
      <div className="mt-4 flex gap-4 text-sm font-medium">
        {params.older ? (
          <Link
            href={`/admin/audit?${newer.toString()}`}
            className="text-brand-700 hover:underline"
          >
            Newest
          </Link>
        ) : null}
        {page?.nextCursor ? (
          <Link
            href={`/admin/audit?${new URLSearchParams([...newer, ['older', page.nextCursor]]).toString()}`}
            className="text-brand-700 hover:underline"
            data-testid="audit-older"
          >
            Older entries
          </Link>
        ) : null}
      </div>
    </AppShell>
  );
}
