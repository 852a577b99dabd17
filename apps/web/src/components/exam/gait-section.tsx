'use client';

import {
  cameraViews,
  captureDevices,
  footStrikes,
  gaitMeasures,
  gaitProtocolMeasures,
  gaitSurfaces,
  shoeKinds,
  valgusGrades,
} from '@stride/exam-schema';

import type { SectionProps } from './exam-context';
import { limbLabel, SIDES } from './exam-context';
import { ChoiceSet, EnumSelect, NotesField, NumberField, YesNo } from './fields';
import { getIn } from './set-in';

const PER_LIMB = [
  'contralateralPelvicDropDeg',
  'peakHipAdductionDeg',
  'kneeFlexionAtContactDeg',
  'tibiaInclinationAtContactDeg',
  'rearfootEversionDeg',
  'peakTibialAccelerationG',
  'groundContactTimeMs',
] as const;

/** The gait session: how it was recorded, whole-body metrics, then each limb side by side. */
export function GaitSection({
  exam,
  update,
  readOnly,
  importer,
}: SectionProps & { importer: React.ReactNode }) {
  const g = (...path: string[]) => getIn(exam, ['gait', ...path]);
  const set =
    (...path: string[]) =>
    (v: unknown) =>
      update(['gait', ...path], v);
  const p = gaitProtocolMeasures;
  return (
    <section
      aria-labelledby="gait-heading"
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="gait-heading" className="text-lg font-semibold">
          Gait session
        </h2>
        {importer}
      </div>
      <h3 className="mt-3 text-sm font-semibold text-slate-700">Protocol</h3>
      <div className="mt-1 grid gap-2 text-sm sm:grid-cols-2">
        <label className="flex flex-wrap items-center justify-between gap-2">
          Surface{' '}
          <EnumSelect
            id="gait-surface"
            label="Surface"
            entries={gaitSurfaces}
            value={g('protocol', 'surface')}
            onChange={set('protocol', 'surface')}
            disabled={readOnly}
          />
        </label>
        <label className="flex flex-wrap items-center justify-between gap-2">
          {p.treadmillSpeedKmh.label}
          <NumberField
            id="gait-speed"
            measure={p.treadmillSpeedKmh}
            value={g('protocol', 'treadmillSpeedKmh')}
            onChange={set('protocol', 'treadmillSpeedKmh')}
            disabled={readOnly}
          />
        </label>
        <label className="flex flex-wrap items-center justify-between gap-2">
          {p.inclinePct.label}
          <NumberField
            id="gait-incline"
            measure={p.inclinePct}
            value={g('protocol', 'inclinePct')}
            onChange={set('protocol', 'inclinePct')}
            disabled={readOnly}
          />
        </label>
        <label className="flex flex-wrap items-center justify-between gap-2">
          Shoes
          <EnumSelect
            id="gait-shoes"
            label="Shoes"
            entries={shoeKinds}
            value={g('protocol', 'shoes', 'kind')}
            onChange={(v) =>
              update(
                ['gait', 'protocol', 'shoes'],
                v === undefined ? undefined : { ...(g('protocol', 'shoes') as object), kind: v },
              )
            }
            disabled={readOnly}
          />
        </label>
        <label className="flex flex-wrap items-center justify-between gap-2">
          Device{' '}
          <EnumSelect
            id="gait-device"
            label="Capture device"
            entries={captureDevices}
            value={g('protocol', 'device')}
            onChange={set('protocol', 'device')}
            disabled={readOnly}
          />
        </label>
        <label className="flex flex-wrap items-center justify-between gap-2">
          {p.frameRateFps.label}
          <NumberField
            id="gait-fps"
            measure={p.frameRateFps}
            value={g('protocol', 'frameRateFps')}
            onChange={set('protocol', 'frameRateFps')}
            disabled={readOnly}
          />
        </label>
        <label className="flex flex-wrap items-center justify-between gap-2">
          {p.stepsAnalysed.label}
          <NumberField
            id="gait-steps"
            measure={p.stepsAnalysed}
            value={g('protocol', 'stepsAnalysed')}
            onChange={set('protocol', 'stepsAnalysed')}
            disabled={readOnly}
          />
        </label>
      </div>
      <ChoiceSet
        id="gait-cameraViews"
        legend="Camera views"
        entries={cameraViews}
        value={g('protocol', 'cameraViews')}
        onChange={set('protocol', 'cameraViews')}
        disabled={readOnly}
      />
      <h3 className="mt-4 text-sm font-semibold text-slate-700">Whole body</h3>
      <div className="mt-1 grid gap-2 text-sm sm:grid-cols-2">
        <label className="flex flex-wrap items-center justify-between gap-2">
          {gaitMeasures.cadenceSpm.label}
          <NumberField
            id="gait-cadenceSpm"
            measure={gaitMeasures.cadenceSpm}
            value={g('cadenceSpm')}
            onChange={set('cadenceSpm')}
            disabled={readOnly}
          />
        </label>
        <label className="flex flex-wrap items-center justify-between gap-2">
          {gaitMeasures.verticalOscillationCm.label}
          <NumberField
            id="gait-verticalOscillationCm"
            measure={gaitMeasures.verticalOscillationCm}
            value={g('verticalOscillationCm')}
            onChange={set('verticalOscillationCm')}
            disabled={readOnly}
          />
        </label>
        <label className="flex flex-wrap items-center justify-between gap-2">
          Foot strike{' '}
          <EnumSelect
            id="gait-footStrike"
            label="Foot strike"
            entries={footStrikes}
            value={g('footStrike')}
            onChange={set('footStrike')}
            disabled={readOnly}
          />
        </label>
        <div className="flex flex-wrap items-center justify-between gap-2">
          Crossover gait{' '}
          <YesNo
            id="gait-crossoverGait"
            label="Crossover gait"
            value={g('crossoverGait')}
            onChange={set('crossoverGait')}
            disabled={readOnly}
          />
        </div>
      </div>
      <h3 className="mt-4 text-sm font-semibold text-slate-700">Each limb</h3>
      <div className="mt-1 overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-slate-600">
              <th className="py-1 font-medium">Metric</th>
              {SIDES.map((s) => (
                <th key={s} className="py-1 font-medium">
                  {limbLabel[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PER_LIMB.map((key) => (
              <tr key={key} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {gaitMeasures[key].label}
                </th>
                {SIDES.map((s) => (
                  <td key={s} className="py-1 pr-2">
                    <NumberField
                      id={`gait-${s}-${key}`}
                      label={`${limbLabel[s]} ${gaitMeasures[key].label}`}
                      measure={gaitMeasures[key]}
                      value={g(s, key)}
                      onChange={set(s, key)}
                      disabled={readOnly}
                    />
                  </td>
                ))}
              </tr>
            ))}
            <tr className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                Dynamic knee valgus
              </th>
              {SIDES.map((s) => (
                <td key={s} className="py-1 pr-2">
                  <EnumSelect
                    id={`gait-${s}-dynamicKneeValgus`}
                    label={`${limbLabel[s]} dynamic knee valgus`}
                    entries={valgusGrades}
                    value={g(s, 'dynamicKneeValgus')}
                    onChange={set(s, 'dynamicKneeValgus')}
                    disabled={readOnly}
                  />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <NotesField
        id="gait-notes"
        label="Gait notes"
        value={g('notes')}
        onChange={set('notes')}
        disabled={readOnly}
      />
    </section>
  );
}
