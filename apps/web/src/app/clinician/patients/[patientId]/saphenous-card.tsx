import { ActionForm } from '~/components/action-form';
import { getApi, orPage } from '~/server/api';

import { priorCareFailedAction } from './progress-actions';

/**
 * The saphenous prompt (research.md §1.5) on the chart, with its action. Nothing shows once the
 * failed programme is in the case history: the rule itself goes quiet.
 */
export async function SaphenousCard({ patientId }: { patientId: string }) {
  const flag = await orPage((await getApi()).progress.saphenousPrompt({ patientId }));
  if (!flag) return null;
  return (
    <section
      className="rounded-xl border border-amber-300 bg-amber-50 p-5"
      data-testid="saphenous-prompt"
      aria-labelledby="saphenous-title"
    >
      <h2 id="saphenous-title" className="text-base font-semibold text-amber-950">
        Consider saphenous neuropathy
      </h2>
      <p className="mt-2 text-sm text-amber-950">{flag.message}</p>
      <ActionForm action={priorCareFailedAction} className="mt-3">
        <input type="hidden" name="patientId" value={patientId} />
        <button
          type="submit"
          className="rounded-md bg-amber-800 px-4 py-2 text-sm font-medium text-white hover:bg-amber-900"
          data-testid="rerun-prior-care-failed"
        >
          Re-run the engine with prior care failed
        </button>
      </ActionForm>
    </section>
  );
}
