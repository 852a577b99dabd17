import { Field } from '~/components/card';

import type { IntakeData } from '@stride/exam-schema';
import {
  aggravatorLabels,
  intakeOnsetLabels,
  intakeFieldLabels as L,
  mechanicalSymptomLabels,
  painQualityLabels,
  painRegionLabels,
  sideLabels,
} from '@stride/exam-schema';

import { PainMap } from './pain-map';

const NOT_ANSWERED = 'Not answered';

function list<Id extends string>(ids: readonly Id[] | undefined, labels: Record<Id, string>) {
  if (ids === undefined) return NOT_ANSWERED;
  return ids.length === 0 ? 'None' : ids.map((id) => labels[id]).join(', ');
}

const yesNo = (v: boolean | undefined): string =>
  v === undefined ? NOT_ANSWERED : v ? 'Yes' : 'No';
const num = (v: number | undefined, unit: string): string =>
  v === undefined ? NOT_ANSWERED : `${v} ${unit}`;

/** A submitted intake's answers as the clinician reads them: the picture, then the history. */
export function IntakeSummary({ data }: { data: IntakeData }) {
  const race = [data.targetRaceName, data.targetRaceDate].filter(Boolean).join(' on ');
  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,18rem)_minmax(0,1fr)]">
      <div>
        <PainMap selected={data.painRegions ?? []} />
      </div>
      <dl data-testid="intake-summary">
        <Field label={L.side}>{data.side ? sideLabels[data.side] : NOT_ANSWERED}</Field>
        <Field label={L.painRegions}>{list(data.painRegions, painRegionLabels)}</Field>
        <Field label={L.painQualities}>{list(data.painQualities, painQualityLabels)}</Field>
        <Field label={L.aggravators}>{list(data.aggravators, aggravatorLabels)}</Field>
        <Field label={L.onset}>{data.onset ? intakeOnsetLabels[data.onset] : NOT_ANSWERED}</Field>
        <Field label="Duration">{num(data.durationWeeks, 'weeks')}</Field>
        <Field label={L.nightPain}>{yesNo(data.nightPain)}</Field>
        <Field label={L.mechanicalSymptoms}>
          {list(data.mechanicalSymptoms, mechanicalSymptomLabels)}
        </Field>
        <Field label={L.backPain}>{yesNo(data.backPain)}</Field>
        <Field label="Weekly distance">{num(data.weeklyDistanceKm, 'km')}</Field>
        <Field label="Load change (4 weeks)">
          {data.recentLoadIncreasePct === undefined
            ? NOT_ANSWERED
            : `${data.recentLoadIncreasePct > 0 ? '+' : ''}${data.recentLoadIncreasePct} %`}
        </Field>
        <Field label={L.targetRaceName}>{race || NOT_ANSWERED}</Field>
        {data.notes ? <Field label={L.notes}>{data.notes}</Field> : null}
      </dl>
    </div>
  );
}
