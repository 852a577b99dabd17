import { startEncounterAction } from '~/app/clinician/encounters/[encounterId]/actions';
import { ActionForm } from '~/components/action-form';
import { Card } from '~/components/card';
import { formatInZone } from '~/components/format';
import { SizeLimitedFileInput } from '~/components/size-limited-file-input';
import Link from 'next/link';

import { CASE_MAX_BYTES, fileTooLargeMessage } from '@stride/api';
import { conditionLabels } from '@stride/diagnosis';

interface EncounterItem {
  id: string;
  status: 'open' | 'signed';
  startedAt: Date;
  clinician: string;
  diagnosis: { condition: string; side: string; icd10Code: string } | null;
}

/** Encounters and confirmed diagnoses on the chart, with "start" and "import a case file". */
export function ClinicalRecord({
  patientId,
  encounters,
  timeZone,
}: {
  patientId: string;
  encounters: EncounterItem[];
  timeZone: string;
}) {
  const latest = encounters.find((e) => e.diagnosis)?.diagnosis;
  return (
    <Card title="Clinical record" testId="clinical-record">
      {latest ? (
        <p
          className="mb-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          data-testid="chart-diagnosis"
        >
          Diagnosis:{' '}
          <strong>
            {conditionLabels[latest.condition as keyof typeof conditionLabels] ?? latest.condition}
          </strong>
          , {latest.side} · ICD-10-CM {latest.icd10Code}
        </p>
      ) : null}
      {encounters.length === 0 ? (
        <p className="text-sm text-slate-600">No encounters yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="encounter-list">
          {encounters.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link
                href={`/clinician/encounters/${e.id}`}
                className="font-medium text-brand-800 underline"
                data-testid="encounter-link"
              >
                {formatInZone(e.startedAt, timeZone, 'date')} · {e.clinician}
              </Link>
              <span className="text-slate-600">
                {e.status === 'open' ? 'Open' : 'Signed'}
                {e.diagnosis
                  ? ` · ${conditionLabels[e.diagnosis.condition as keyof typeof conditionLabels] ?? e.diagnosis.condition}`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-4 flex flex-wrap items-start gap-4">
        <ActionForm action={startEncounterAction}>
          <input type="hidden" name="patientId" value={patientId} />
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
            data-testid="start-encounter"
          >
            Start encounter
          </button>
        </ActionForm>
        <ActionForm
          action={startEncounterAction}
          className="flex flex-wrap items-center gap-2 text-sm"
          testId="import-case-form"
        >
          <input type="hidden" name="patientId" value={patientId} />
          <label>
            <span className="sr-only">Case file (stride.case/v1 JSON)</span>
            <SizeLimitedFileInput
              maxBytes={CASE_MAX_BYTES}
              tooLargeMessage={fileTooLargeMessage(CASE_MAX_BYTES)}
              name="file"
              accept=".json,application/json"
              required
              className="text-xs"
              data-testid="import-case-file"
            />
          </label>
          <button
            type="submit"
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
            data-testid="import-case"
          >
            Import case file
          </button>
        </ActionForm>
      </div>
    </Card>
  );
}
