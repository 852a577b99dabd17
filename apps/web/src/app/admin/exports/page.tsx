import type { Metadata } from 'next';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';

import { startExportAction } from './actions';
import { ExportRow } from './export-row';
import { RefreshWhileBusy } from './refresh-while-busy';

export const metadata: Metadata = { title: 'Data export' };

/** The whole organisation's records, to keep or to take elsewhere: built in the background. */
export default async function ExportsPage() {
  const viewer = await requireRole(['admin'], '/admin/exports');
  const exports = await orPage((await getApi()).exports.listOrgExports());
  const busy = exports.some((e) => e.status === 'queued' || e.status === 'running');
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <h1 className="text-2xl font-semibold">Data export</h1>
      <p className="max-w-2xl text-sm text-slate-600">
        Every patient record in the organisation as FHIR R4: one NDJSON file per resource type
        (patients, clinicians, locations, appointments, encounters, observations, diagnoses, plans
        and questionnaire answers) in a zip. It is built in the background; downloading it is
        recorded in each patient&apos;s access log.
      </p>
      <ActionForm action={startExportAction} className="mt-4" testId="start-export">
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {busy ? 'Export under way…' : 'Export the organisation'}
        </button>
      </ActionForm>
      {busy ? <RefreshWhileBusy /> : null}
      {exports.length === 0 ? (
        <p
          className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600"
          data-testid="exports-empty"
        >
          No exports yet.
        </p>
      ) : (
        <ul className="mt-6 space-y-3" data-testid="export-list">
          {exports.map((e) => (
            <ExportRow key={e.id} e={e} />
          ))}
        </ul>
      )}
    </AppShell>
  );
}
