'use client';

import type { SaveResult } from '~/app/clinician/encounters/[encounterId]/actions';
import { saveExamAction } from '~/app/clinician/encounters/[encounterId]/actions';
import { useCallback, useEffect, useRef, useState } from 'react';

import type { ExamRecord } from '@stride/exam-schema';

import type { ConfirmedDiagnosis } from './confirm-diagnosis';
import type { OrgProfileOption } from './profile-options';
import { ConfirmDiagnosis } from './confirm-diagnosis';
import { DiagnosisPanel } from './diagnosis-panel';
import { ExamSection } from './exam-section';
import { GaitSection } from './gait-section';
import { HistorySection } from './history-section';
import { setIn } from './set-in';

type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'saving' }
  | { kind: 'dirty' }
  | { kind: 'error'; message: string; conflict: boolean };

const AUTOSAVE_MS = 800;

/**
 * The exam form and the live differential side by side. Every change autosaves (debounced);
 * the revision guards against two windows overwriting each other.
 */
export function EncounterWorkspace({
  encounterId,
  initialExam,
  initialRevision,
  updatedAt,
  readOnly,
  importer,
  confirmed,
  ownProfiles,
  defaultProfileId,
}: {
  encounterId: string;
  initialExam: ExamRecord;
  initialRevision: number;
  updatedAt: string;
  readOnly: boolean;
  importer: React.ReactNode;
  confirmed: ConfirmedDiagnosis | null;
  ownProfiles: readonly OrgProfileOption[];
  defaultProfileId: string;
}) {
  const [exam, setExam] = useState<ExamRecord>(initialExam);
  const [save, setSave] = useState<SaveState>({ kind: 'saved', at: updatedAt });
  const revision = useRef(initialRevision);
  const pending = useRef<ExamRecord | null>(null);
  const inFlight = useRef(false);

  const flush = useCallback(async () => {
    if (inFlight.current || !pending.current) return;
    const next = pending.current;
    pending.current = null;
    inFlight.current = true;
    setSave({ kind: 'saving' });
    const result: SaveResult = await saveExamAction(encounterId, revision.current, next);
    inFlight.current = false;
    if (result.ok) {
      revision.current = result.revision;
      setSave(pending.current ? { kind: 'dirty' } : { kind: 'saved', at: result.savedAt });
      if (pending.current) void flush();
    } else {
      // Keep the unsaved record queued so a retry (or the next edit) sends it again.
      pending.current = pending.current ?? next;
      setSave({ kind: 'error', message: result.error, conflict: result.conflict });
    }
  }, [encounterId]);

  useEffect(() => {
    if (save.kind !== 'dirty') return;
    const timer = setTimeout(() => void flush(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [save, flush]);

  // Warn before leaving with unsaved changes.
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      if (pending.current || inFlight.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, []);

  const update = useCallback(
    (path: readonly string[], value: unknown) => {
      if (readOnly) return;
      setExam((prev) => {
        const next = setIn(prev, path, value);
        pending.current = next;
        return next;
      });
      setSave((s) => (s.kind === 'error' && s.conflict ? s : { kind: 'dirty' }));
    },
    [readOnly],
  );

  const props = { exam, update, readOnly };
  return (
    <div className="mt-4 grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,1fr)_380px]">
      <div className="min-w-0 space-y-5">
        <p className="text-sm" role="status" aria-live="polite" data-testid="save-status">
          {readOnly
            ? 'Signed: read-only.'
            : save.kind === 'saved'
              ? `All changes saved (${new Date(save.at).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' })}).`
              : save.kind === 'saving'
                ? 'Saving…'
                : save.kind === 'dirty'
                  ? 'Unsaved changes…'
                  : null}
          {save.kind === 'error' ? (
            <span className="text-red-800">
              {save.message}{' '}
              {save.conflict ? null : (
                <button type="button" className="underline" onClick={() => void flush()}>
                  Try again
                </button>
              )}
            </span>
          ) : null}
        </p>
        <HistorySection {...props} />
        <GaitSection {...props} importer={importer} />
        <ExamSection {...props} />
      </div>
      <DiagnosisPanel
        exam={exam}
        ownProfiles={ownProfiles}
        defaultProfileId={defaultProfileId}
        confirm={(profile, top) => (
          <ConfirmDiagnosis
            encounterId={encounterId}
            profile={profile}
            top={top}
            side={exam.symptomaticSide}
            confirmed={confirmed}
          />
        )}
      />
    </div>
  );
}
