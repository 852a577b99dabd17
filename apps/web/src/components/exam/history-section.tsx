'use client';

import {
  aggravators,
  historyMeasures,
  mechanicalSymptoms,
  onsets,
  painQualities,
  painRegions,
  priorCareOptions,
  redFlags,
  sides,
} from '@stride/exam-schema';

import type { SectionProps } from './exam-context';
import { ChoiceSet, EnumSelect, NumberField, YesNo } from './fields';
import { getIn } from './set-in';

/** History as the engine reads it; intake fills it, the clinician corrects it in the room. */
export function HistorySection({ exam, update, readOnly }: SectionProps) {
  const h = (key: string) => getIn(exam, ['history', key]);
  const set = (key: string) => (v: unknown) => update(['history', key], v);
  return (
    <section
      aria-labelledby="history-heading"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="history-heading" className="text-lg font-semibold">
        History
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        <label htmlFor="symptomatic-side" className="font-medium">
          Symptomatic side
        </label>
        <EnumSelect
          id="symptomatic-side"
          label="Symptomatic side"
          entries={sides}
          value={exam.symptomaticSide}
          onChange={(v) => update(['symptomaticSide'], v)}
          disabled={readOnly}
        />
      </div>
      <ChoiceSet
        id="history-painRegions"
        legend="Where it hurts"
        entries={painRegions}
        value={h('painRegions')}
        onChange={set('painRegions')}
        disabled={readOnly}
      />
      <ChoiceSet
        id="history-painQualities"
        legend="Pain qualities"
        entries={painQualities}
        value={h('painQualities')}
        onChange={set('painQualities')}
        disabled={readOnly}
      />
      <ChoiceSet
        id="history-aggravators"
        legend="Aggravated by"
        entries={aggravators}
        value={h('aggravators')}
        onChange={set('aggravators')}
        disabled={readOnly}
      />
      <ChoiceSet
        id="history-mechanicalSymptoms"
        legend="Mechanical symptoms"
        entries={mechanicalSymptoms}
        value={h('mechanicalSymptoms')}
        onChange={set('mechanicalSymptoms')}
        disabled={readOnly}
      />
      <ChoiceSet
        id="history-redFlags"
        legend="Red flags"
        entries={redFlags}
        value={h('redFlags')}
        onChange={set('redFlags')}
        disabled={readOnly}
      />
      <ChoiceSet
        id="history-priorCareFailed"
        legend="Care tried that did not help"
        entries={priorCareOptions}
        value={h('priorCareFailed')}
        onChange={set('priorCareFailed')}
        disabled={readOnly}
      />
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <dt>Onset</dt>
          <dd>
            <EnumSelect
              id="history-onset"
              label="Onset"
              entries={onsets}
              value={h('onset')}
              onChange={set('onset')}
              disabled={readOnly}
            />
          </dd>
        </div>
        {(Object.keys(historyMeasures) as (keyof typeof historyMeasures)[]).map((key) => (
          <div key={key} className="flex flex-wrap items-center justify-between gap-2">
            <dt>{historyMeasures[key].label}</dt>
            <dd>
              <NumberField
                id={`history-${key}`}
                measure={historyMeasures[key]}
                value={h(key)}
                onChange={set(key)}
                disabled={readOnly}
              />
            </dd>
          </div>
        ))}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <dt>Night pain</dt>
          <dd>
            <YesNo
              id="history-nightPain"
              label="Night pain"
              value={h('nightPain')}
              onChange={set('nightPain')}
              disabled={readOnly}
            />
          </dd>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <dt>Back pain</dt>
          <dd>
            <YesNo
              id="history-backPain"
              label="Back pain"
              value={h('backPain')}
              onChange={set('backPain')}
              disabled={readOnly}
            />
          </dd>
        </div>
      </dl>
    </section>
  );
}
