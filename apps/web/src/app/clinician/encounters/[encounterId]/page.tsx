import type { Metadata } from 'next';
import { ActionForm } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { ConfirmSubmit } from '~/components/confirm-submit';
import { EncounterWorkspace } from '~/components/exam/encounter-workspace';
import { formatInZone } from '~/components/format';
import { SizeLimitedFileInput } from '~/components/size-limited-file-input';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';
import Link from 'next/link';

import type { ExamRecord } from '@stride/exam-schema';
import { fileTooLargeMessage, GAIT_CSV_MAX_BYTES } from '@stride/api';

import { addAddendumAction, importGaitCsvAction, signEncounterAction } from './actions';

export const metadata: Metadata = { title: 'Encounter' };

export default async function EncounterPage({
  params,
}: {
  params: Promise<{ encounterId: string }>;
}) {
  const { encounterId } = await params;
  const viewer = await requireRole(['clinician'], `/clinician/encounters/${encounterId}`);
  const api = await getApi();
  const [e, priors] = await Promise.all([
    orPage(api.encounters.get({ encounterId })),
    orPage(api.priors.list()),
  ]);
  const readOnly = e.status === 'signed';
  const importer = readOnly ? null : (
    <ActionForm
      action={importGaitCsvAction}
      className="flex flex-wrap items-center gap-2 text-sm"
      testId="gait-csv-form"
    >
      <input type="hidden" name="encounterId" value={e.id} />
      <input type="hidden" name="revision" value={e.revision} />
      <label className="text-sm">
        <span className="sr-only">Gait metrics CSV</span>
        <SizeLimitedFileInput
          maxBytes={GAIT_CSV_MAX_BYTES}
          tooLargeMessage={fileTooLargeMessage(GAIT_CSV_MAX_BYTES)}
          name="file"
          accept=".csv,text/csv"
          className="text-xs"
          data-testid="gait-csv-file"
        />
      </label>
      <button
        type="submit"
        className="rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100"
        data-testid="gait-csv-import"
      >
        Import CSV
      </button>
      <a href="/docs/gait-csv" className="text-xs text-brand-700 underline">
        Columns
      </a>
    </ActionForm>
  );
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <Link
        href={`/clinician/patients/${e.patient.id}`}
        className="text-sm font-medium text-brand-700 hover:underline"
      >
        ← {e.patient.name}
      </Link>
      <div className="mt-1 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold" data-testid="encounter-title">
            Encounter, {formatInZone(e.startedAt, e.location.timeZone, 'date')}
          </h1>
          <p className="text-sm text-slate-600">
            {readOnly
              ? `Signed ${e.signedAt ? formatInZone(e.signedAt, e.location.timeZone) : ''}`
              : 'Open: changes save as you go.'}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <a
            href={`/clinician/encounters/${e.id}/case.json`}
            className="text-brand-700 underline"
            data-testid="export-case"
          >
            Export case (JSON)
          </a>
          {readOnly ? null : (
            <ActionForm action={signEncounterAction}>
              <input type="hidden" name="encounterId" value={e.id} />
              <ConfirmSubmit
                label="Sign encounter"
                confirmLabel="Sign: no further edits"
                testId="sign-encounter"
              />
            </ActionForm>
          )}
        </div>
      </div>
      <EncounterWorkspace
        key={e.revision}
        encounterId={e.id}
        initialExam={e.exam as ExamRecord}
        initialRevision={e.revision}
        updatedAt={e.updatedAt.toISOString()}
        readOnly={readOnly}
        importer={importer}
        confirmed={e.diagnosis}
        ownProfiles={priors.own}
        defaultProfileId={priors.defaultProfileId}
      />
      {readOnly ? (
        <section
          className="mt-6 rounded-xl border border-slate-200 bg-white p-4"
          aria-labelledby="addenda-heading"
        >
          <h2 id="addenda-heading" className="text-lg font-semibold">
            Addenda
          </h2>
          <ul className="mt-2 space-y-2 text-sm" data-testid="addenda">
            {e.addenda.map((a) => (
              <li key={a.id} className="rounded border border-slate-100 p-2">
                <p className="whitespace-pre-wrap">{a.text}</p>
                <p className="text-xs text-slate-600">
                  {a.author}, {formatInZone(a.createdAt, e.location.timeZone)}
                </p>
              </li>
            ))}
          </ul>
          <ActionForm action={addAddendumAction} className="mt-3 space-y-2" testId="addendum-form">
            <input type="hidden" name="encounterId" value={e.id} />
            <label className="block text-sm">
              <span className="font-medium">Correction or note</span>
              <textarea
                name="text"
                required
                maxLength={5000}
                rows={3}
                className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1"
                data-testid="addendum-text"
              />
            </label>
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white"
              data-testid="add-addendum"
            >
              Add addendum
            </button>
          </ActionForm>
        </section>
      ) : null}
    </AppShell>
  );
}
