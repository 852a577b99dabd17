import { formatInZone } from '~/components/format';
import { IntakeSummary } from '~/components/intake/intake-summary';
import { getApi, orPage } from '~/server/api';
import Link from 'next/link';

import { redFlagLabels } from '@stride/exam-schema';

/**
 * The patient's latest submitted intake (or `version`), red flags first: they decide whether
 * the visit goes ahead at all. Every render is an audited read.
 */
export async function IntakeCard({
  patientId,
  timeZone,
  version,
}: {
  patientId: string;
  /** The patient's home location's zone, for the submission time. */
  timeZone: string;
  version?: number | undefined;
}) {
  const { shown, versions, draftInProgress } = await orPage(
    (await getApi()).intake.forPatient({ patientId, version }),
  );
  const base = `/clinician/patients/${patientId}/intake`;
  return (
    <section
      className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm"
      aria-labelledby="intake-card-title"
      data-testid="intake-card"
    >
      {shown && shown.redFlags.length > 0 ? (
        <div
          className="bg-red-700 px-5 py-4 text-white"
          role="alert"
          data-testid="intake-red-flag-banner"
        >
          <p className="text-base font-semibold">
            Red flag{shown.redFlags.length > 1 ? 's' : ''} reported at intake
          </p>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {shown.redFlags.map((f) => (
              <li key={f}>{redFlagLabels[f]}</li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            Review with the patient before any examination or loading, and refer when indicated.
          </p>
        </div>
      ) : null}
      <div className="p-5">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="intake-card-title" className="text-base font-semibold text-slate-900">
            Intake
          </h2>
          {shown ? (
            <p className="text-sm text-slate-600" data-testid="intake-card-meta">
              Version {shown.version} · signed “{shown.signedName}”{' '}
              {shown.signedAt ? formatInZone(shown.signedAt, timeZone) : ''}
            </p>
          ) : null}
        </div>
        {shown && shown.redFlags.length === 0 ? (
          <p className="mt-2 text-sm text-emerald-800" data-testid="intake-no-red-flags">
            {shown.data.noRedFlags ? 'No red flags reported.' : 'Red-flag screen not answered.'}
          </p>
        ) : null}
        {shown && versions[0] && versions[0].version !== shown.version ? (
          <p className="mt-2 text-sm font-medium text-amber-800" data-testid="intake-older-version">
            This is an earlier version. The latest is{' '}
            <Link href={base} className="underline">
              version {versions[0].version}
            </Link>
            .
          </p>
        ) : null}
        {draftInProgress ? (
          <p className="mt-2 text-sm text-slate-600" data-testid="intake-draft-note">
            The patient is editing version {draftInProgress.version} (not yet submitted).
          </p>
        ) : null}
        <div className="mt-4">
          {shown ? (
            <IntakeSummary data={shown.data} />
          ) : (
            <p className="text-sm text-slate-600" data-testid="intake-empty">
              No intake submitted yet.
            </p>
          )}
        </div>
        {versions.length > 1 ? (
          <nav aria-label="Intake versions" className="mt-4 border-t border-slate-100 pt-3">
            <h3 className="text-sm font-medium text-slate-900">Versions</h3>
            <ol className="mt-1 space-y-1 text-sm" data-testid="intake-versions">
              {versions.map((v) => (
                <li key={v.version}>
                  <Link
                    href={`${base}?version=${v.version}`}
                    aria-current={v.version === shown?.version ? 'page' : undefined}
                    className="text-brand-700 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
                  >
                    Version {v.version}
                  </Link>{' '}
                  <span className="text-slate-600">
                    {v.submittedAt ? formatInZone(v.submittedAt, timeZone) : ''}
                    {v.redFlags.length > 0 ? ` · ${v.redFlags.length} red flag(s)` : ''}
                  </span>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
      </div>
    </section>
  );
}
