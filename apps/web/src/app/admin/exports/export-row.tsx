import type { inferRouterOutputs } from '@trpc/server';

import type { AppRouter } from '@stride/api';

type OrgExport = inferRouterOutputs<AppRouter>['exports']['listOrgExports'][number];

const STATUS = {
  queued: { label: 'Queued', className: 'bg-slate-100 text-slate-800' },
  running: { label: 'Running', className: 'bg-amber-100 text-amber-900' },
  done: { label: 'Ready', className: 'bg-emerald-100 text-emerald-900' },
  failed: { label: 'Failed', className: 'bg-red-100 text-red-900' },
} as const;

// The order a reader meets them in: who, where, then the clinical record.
const TYPE_ORDER = [
  'Patient',
  'Practitioner',
  'Location',
  'Appointment',
  'Encounter',
  'Observation',
  'Condition',
  'CarePlan',
  'QuestionnaireResponse',
];
const byTypeOrder = ([a]: [string, number], [b]: [string, number]): number =>
  TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b);

const utc = (d: Date): string => `${d.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
const size = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;

export function ExportRow({ e }: { e: OrgExport }) {
  const status = STATUS[e.status];
  return (
    <li
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="export-row"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-semibold ${status.className}`}
            data-testid="export-status"
          >
            {status.label}
          </span>
          <span className="ml-2 text-sm text-slate-700">
            Requested by {e.requestedBy}, {utc(e.createdAt)}
          </span>
        </div>
        {e.status === 'done' && e.sizeBytes !== null ? (
          <a
            href={`/admin/exports/${e.id}/download`}
            download
            className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800"
            data-testid="export-download"
          >
            Download zip ({size(e.sizeBytes)})
          </a>
        ) : null}
      </div>
      {e.counts ? (
        <p className="mt-2 text-sm text-slate-600" data-testid="export-counts">
          {Object.entries(e.counts)
            .sort(byTypeOrder)
            .map(([type, n]) => `${n} ${type}`)
            .join(' · ')}
        </p>
      ) : null}
      {e.error ? (
        <p
          className="mt-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          data-testid="export-error"
        >
          {e.error}
        </p>
      ) : null}
      {e.finishedAt ? (
        <p className="mt-1 text-xs text-slate-600">Finished {utc(e.finishedAt)}</p>
      ) : null}
    </li>
  );
}
