'use client';

import type { Measure } from '@stride/exam-schema';
import {
  effusionGrades,
  examMeasures,
  examTestGroups,
  examTestLabels,
  mobilityMeasures,
  palpationSiteGroups,
  palpationSiteLabels,
  reflexGrades,
  sensationGrades,
  strengthMeasures,
} from '@stride/exam-schema';

import type { Limb, SectionProps } from './exam-context';
import { limbLabel, SIDES } from './exam-context';
import { EnumSelect, NotesField, NumberField, TriState, YesNo } from './fields';
import { getIn } from './set-in';

const TEST_RESULTS = [
  { id: 'positive', label: 'Pos' },
  { id: 'negative', label: 'Neg' },
] as const;
const PALPATION_RESULTS = [
  { id: 'tender', label: 'Tender' },
  { id: 'not_tender', label: 'Not tender' },
] as const;

/** The id a "next most informative test" link jumps to. */
export const testInputId = (side: Limb, test: string): string => `exam-${side}-test-${test}`;

function SideTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; label: string; cell: (side: Limb) => React.ReactNode }[];
}) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="text-left text-sm font-semibold text-slate-700">{caption}</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th className="w-1/3 py-1 font-medium">Finding</th>
            {SIDES.map((s) => (
              <th key={s} className="py-1 font-medium">
                {limbLabel[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {r.label}
              </th>
              {SIDES.map((s) => (
                <td key={s} className="py-1 pr-2">
                  {r.cell(s)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const measureRows = (group: string[], measures: Record<string, Measure>, props: SectionProps) =>
  Object.entries(measures).map(([key, m]) => ({
    key,
    label: m.label,
    cell: (s: Limb) => (
      <NumberField
        id={`exam-${s}-${key}`}
        label={`${limbLabel[s]} ${m.label}`}
        measure={m}
        value={getIn(props.exam, ['exam', s, ...group, key])}
        onChange={(v) => props.update(['exam', s, ...group, key], v)}
        disabled={props.readOnly}
      />
    ),
  }));

/** Orthopaedic and local knee exam, both sides, grouped the way a clinician works through them. */
export function ExamSection(props: SectionProps) {
  const { exam, update, readOnly } = props;
  const at = (s: Limb, ...path: string[]) => getIn(exam, ['exam', s, ...path]);
  const set =
    (s: Limb, ...path: string[]) =>
    (v: unknown) =>
      update(['exam', s, ...path], v);
  return (
    <section
      aria-labelledby="exam-heading"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <h2 id="exam-heading" className="text-lg font-semibold">
        Orthopaedic and knee exam
      </h2>
      <p className="text-xs text-slate-600">
        — means not examined, which is not the same as negative.
      </p>
      {examTestGroups.map((group) => (
        <SideTable
          key={group.id}
          caption={`${group.label}: special tests`}
          rows={group.ids.map((test) => ({
            key: test,
            label: examTestLabels[test],
            cell: (s) => (
              <TriState
                id={testInputId(s, test)}
                label={`${limbLabel[s]} ${examTestLabels[test]}`}
                value={at(s, 'tests', test)}
                onChange={set(s, 'tests', test)}
                options={TEST_RESULTS}
                disabled={readOnly}
              />
            ),
          }))}
        />
      ))}
      {palpationSiteGroups
        .filter((g) => g.ids.length > 0)
        .map((group) => (
          <SideTable
            key={group.id}
            caption={`${group.label}: palpation`}
            rows={group.ids.map((site) => ({
              key: site,
              label: palpationSiteLabels[site],
              cell: (s) => (
                <TriState
                  id={`exam-${s}-palpation-${site}`}
                  label={`${limbLabel[s]} ${palpationSiteLabels[site]}`}
                  value={at(s, 'palpation', site)}
                  onChange={set(s, 'palpation', site)}
                  options={PALPATION_RESULTS}
                  disabled={readOnly}
                />
              ),
            }))}
          />
        ))}
      <SideTable caption="Movement control" rows={measureRows([], examMeasures, props)} />
      <SideTable caption="Strength" rows={measureRows(['strength'], strengthMeasures, props)} />
      <SideTable caption="Mobility" rows={measureRows(['mobility'], mobilityMeasures, props)} />
      <SideTable
        caption="Neurology and swelling"
        rows={[
          {
            key: 'reflex',
            label: 'Patellar reflex',
            cell: (s) => (
              <EnumSelect
                id={`exam-${s}-patellarReflex`}
                label={`${limbLabel[s]} patellar reflex`}
                entries={reflexGrades}
                value={at(s, 'neuro', 'patellarReflex')}
                onChange={set(s, 'neuro', 'patellarReflex')}
                disabled={readOnly}
              />
            ),
          },
          {
            key: 'quad',
            label: 'Quadriceps weakness',
            cell: (s) => (
              <YesNo
                id={`exam-${s}-quadricepsWeakness`}
                label={`${limbLabel[s]} quadriceps weakness`}
                value={at(s, 'neuro', 'quadricepsWeakness')}
                onChange={set(s, 'neuro', 'quadricepsWeakness')}
                disabled={readOnly}
              />
            ),
          },
          ...(['l3DermatomeSensation', 'l4DermatomeSensation', 'medialKneeSensation'] as const).map(
            (key) => ({
              key,
              label: {
                l3DermatomeSensation: 'L3 dermatome sensation',
                l4DermatomeSensation: 'L4 dermatome sensation',
                medialKneeSensation: 'Medial knee (saphenous) sensation',
              }[key],
              cell: (s: Limb) => (
                <EnumSelect
                  id={`exam-${s}-${key}`}
                  label={`${limbLabel[s]} ${key}`}
                  entries={sensationGrades}
                  value={at(s, 'neuro', key)}
                  onChange={set(s, 'neuro', key)}
                  disabled={readOnly}
                />
              ),
            }),
          ),
          {
            key: 'effusion',
            label: 'Effusion',
            cell: (s) => (
              <EnumSelect
                id={`exam-${s}-effusion`}
                label={`${limbLabel[s]} effusion`}
                entries={effusionGrades}
                value={at(s, 'effusion')}
                onChange={set(s, 'effusion')}
                disabled={readOnly}
              />
            ),
          },
        ]}
      />
      <NotesField
        id="exam-notes"
        label="Exam notes"
        value={getIn(exam, ['exam', 'notes'])}
        onChange={(v) => update(['exam', 'notes'], v)}
        disabled={readOnly}
      />
    </section>
  );
}
