import type { Metadata } from 'next';
import { ActionForm, FieldError } from '~/components/action-form';
import { AppShell } from '~/components/app-shell';
import { Card } from '~/components/card';
import { staffNav } from '~/components/staff-nav';
import { getApi, orPage } from '~/server/api';
import { requireRole } from '~/server/guards';

import { LICENSED_WORDING_NOTE } from '@stride/outcomes';

import { saveTextsAction } from './actions';

export const metadata: Metadata = { title: 'Questionnaire texts' };

/** Where the clinic pastes licensed item wording; Stride ships only ids, ranges and scoring. */
export default async function InstrumentTextsPage() {
  const viewer = await requireRole(['admin'], '/admin/instruments');
  const instruments = await orPage((await getApi()).instrumentTexts.list());
  return (
    <AppShell viewer={viewer} nav={staffNav(viewer.role)}>
      <h1 className="text-2xl font-semibold">Questionnaire texts</h1>
      <div
        className="mt-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
        data-testid="licence-notice"
      >
        <p className="font-semibold">
          Stride does not include the wording of these questionnaires.
        </p>
        <p className="mt-1">
          Their licences do not let Stride distribute the item text. Your clinic must hold its own
          licence for each one and paste the wording below from its licensed copy. Stride supplies
          only the item numbers, answer ranges, scoring rule and MCID, and offers a questionnaire to
          patients once every item has its text.
        </p>
        <p className="mt-1 text-amber-900">{LICENSED_WORDING_NOTE}</p>
      </div>
      <div className="mt-6 space-y-5">
        {instruments.map((instrument) => (
          <Card key={instrument.id} title={instrument.name} testId={`texts-${instrument.id}`}>
            <p className="text-sm text-slate-700" data-testid={`texts-status-${instrument.id}`}>
              {instrument.complete
                ? `Complete for version ${instrument.version}: offered to patients.`
                : instrument.savedVersion && instrument.savedVersion !== instrument.version
                  ? `Entered for version ${instrument.savedVersion}; Stride now scores version ${instrument.version}. Check and save again.`
                  : 'Not offered to patients until every item has its wording.'}
              {instrument.updatedAt
                ? ` Last saved by ${instrument.updatedByName ?? 'an admin'} on ${instrument.updatedAt.toISOString().slice(0, 10)}.`
                : ''}
            </p>
            <p className="mt-1 text-xs text-slate-600">{instrument.licenceNote}</p>
            <details className="mt-3" open={!instrument.complete}>
              <summary className="cursor-pointer text-sm font-medium text-brand-700">
                {instrument.complete ? 'Edit the wording' : 'Paste the wording'}
              </summary>
              <ActionForm action={saveTextsAction} className="mt-3 space-y-3" keepValues>
                <input type="hidden" name="instrumentId" value={instrument.id} />
                {instrument.items.map((item, index) => {
                  const id = `${instrument.id}-${item.id}`;
                  return (
                    <div key={item.id}>
                      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
                        Item {index + 1}{' '}
                        <span className="font-normal text-slate-600">
                          ({item.id}, answers scored {item.min}–{item.max})
                        </span>
                      </label>
                      <textarea
                        id={id}
                        name={`item-${item.id}`}
                        rows={2}
                        defaultValue={instrument.texts[item.id] ?? ''}
                        aria-describedby={`${id}-error`}
                        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
                        data-testid={`text-${instrument.id}-${item.id}`}
                      />
                      <FieldError name={`item-${item.id}`} id={`${id}-error`} />
                    </div>
                  );
                })}
                <button
                  type="submit"
                  className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
                  data-testid={`save-${instrument.id}`}
                >
                  Save {instrument.name.split(' ')[0]} wording
                </button>
              </ActionForm>
            </details>
          </Card>
        ))}
      </div>
    </AppShell>
  );
}
