'use client';

import {
  CheckboxGroup,
  FieldError,
  RadioGroup,
  Section,
  TextField,
} from '~/components/intake/choices';
import { PainMap } from '~/components/intake/pain-map';

import type { IntakeData } from '@stride/exam-schema';
import {
  aggravatorGroups,
  aggravatorLabels,
  intakeOnsetLabels,
  intakeRedFlagQuestions,
  intakeFieldLabels as L,
  mechanicalSymptoms,
  painQualities,
  painRegionLabels,
  redFlagIds,
  sides,
} from '@stride/exam-schema';

export type NumberField = 'durationWeeks' | 'weeklyDistanceKm' | 'recentLoadIncreasePct';

export interface SectionProps {
  data: IntakeData;
  update: (patch: Partial<IntakeData>) => void;
  errors: Partial<Record<string, string>>;
  numbers: Record<NumberField, string>;
  setNumber: (field: NumberField, text: string) => void;
}

const yesNo = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
] as const;
const asYesNo = (v: boolean | undefined) => (v === undefined ? undefined : v ? 'yes' : 'no');

export function WhereSection({ data, update, errors }: SectionProps) {
  const regions = data.painRegions ?? [];
  const toggle = (r: (typeof regions)[number]) =>
    update({ painRegions: regions.includes(r) ? regions.filter((x) => x !== r) : [...regions, r] });
  return (
    <Section title="Where it hurts" testId="intake-where">
      <RadioGroup
        name="side"
        legend={L.side}
        options={sides}
        value={data.side}
        error={errors.side}
        onChange={(side) => update({ side })}
      />
      <div>
        <p id="pain-map-label" className="font-medium text-slate-900">
          {L.painRegions}
        </p>
        <p className="text-sm text-slate-600">
          Tap every area that hurts; tap again to clear it. With a keyboard, Tab to an area and
          press Space.
        </p>
        <div className="mt-3">
          <PainMap selected={regions} onToggle={toggle} labelledBy="pain-map-label" />
        </div>
        <label className="mt-3 flex min-h-11 items-center gap-3 text-sm">
          <input
            type="checkbox"
            checked={regions.includes('diffuse')}
            onChange={() => toggle('diffuse')}
            className="size-4 accent-brand-700"
            data-testid="pain-region-diffuse"
          />
          {painRegionLabels.diffuse}
        </label>
        <p className="mt-2 text-sm text-slate-700" data-testid="pain-regions-chosen">
          {regions.length === 0
            ? 'Nothing marked yet.'
            : `Marked: ${regions.map((r) => painRegionLabels[r]).join(', ')}.`}
        </p>
        <FieldError id="painRegions-error" message={errors.painRegions} />
      </div>
    </Section>
  );
}

export function PainSection({ data, update, errors, numbers, setNumber }: SectionProps) {
  return (
    <Section title="Your pain" testId="intake-pain">
      <CheckboxGroup
        name="painQualities"
        legend={L.painQualities}
        options={painQualities}
        columns="grid-cols-2 sm:grid-cols-3"
        value={data.painQualities}
        error={errors.painQualities}
        onChange={(painQualities) => update({ painQualities })}
      />
      {aggravatorGroups.map((group) => (
        <CheckboxGroup
          key={group.id}
          name="aggravators"
          legend={`${L.aggravators}: ${group.label.toLowerCase()}`}
          options={group.ids.map((id) => ({ id, label: aggravatorLabels[id] }))}
          value={data.aggravators?.filter((a) => group.ids.includes(a))}
          error={group.id === 'sport' ? errors.aggravators : undefined}
          onChange={(picked) =>
            update({
              aggravators: [
                ...(data.aggravators ?? []).filter((a) => !group.ids.includes(a)),
                ...picked,
              ],
            })
          }
        />
      ))}
      <RadioGroup
        name="onset"
        legend={L.onset}
        value={data.onset}
        error={errors.onset}
        options={[
          { id: 'insidious', label: intakeOnsetLabels.insidious },
          { id: 'sudden', label: intakeOnsetLabels.sudden },
        ]}
        onChange={(onset) => update({ onset })}
      />
      <TextField
        name="durationWeeks"
        label={L.durationWeeks}
        inputMode="decimal"
        suffix="weeks"
        value={numbers.durationWeeks}
        error={errors.durationWeeks}
        onChange={(t) => setNumber('durationWeeks', t)}
      />
      <RadioGroup
        name="nightPain"
        legend={`${L.nightPain}?`}
        options={yesNo}
        value={asYesNo(data.nightPain)}
        error={errors.nightPain}
        onChange={(v) => update({ nightPain: v === 'yes' })}
      />
      <CheckboxGroup
        name="mechanicalSymptoms"
        legend={`${L.mechanicalSymptoms}: tick any you have`}
        options={mechanicalSymptoms}
        columns="grid-cols-2 sm:grid-cols-4"
        value={data.mechanicalSymptoms}
        error={errors.mechanicalSymptoms}
        onChange={(mechanicalSymptoms) => update({ mechanicalSymptoms })}
      />
      <RadioGroup
        name="backPain"
        legend={`${L.backPain}?`}
        options={yesNo}
        value={asYesNo(data.backPain)}
        error={errors.backPain}
        onChange={(v) => update({ backPain: v === 'yes' })}
      />
    </Section>
  );
}

export function RunningSection({ data, update, errors, numbers, setNumber }: SectionProps) {
  return (
    <Section title="Your running" testId="intake-running">
      <TextField
        name="weeklyDistanceKm"
        label={L.weeklyDistanceKm}
        inputMode="decimal"
        suffix="km"
        value={numbers.weeklyDistanceKm}
        error={errors.weeklyDistanceKm}
        onChange={(t) => setNumber('weeklyDistanceKm', t)}
      />
      <TextField
        name="recentLoadIncreasePct"
        label={L.recentLoadIncreasePct}
        inputMode="decimal"
        suffix="%"
        value={numbers.recentLoadIncreasePct}
        error={errors.recentLoadIncreasePct}
        onChange={(t) => setNumber('recentLoadIncreasePct', t)}
      />
      <p className="-mt-3 text-sm text-slate-600">
        For example 20 if you now run a fifth more than a month ago, −10 if less.
      </p>
      <TextField
        name="targetRaceName"
        label={L.targetRaceName}
        value={data.targetRaceName ?? ''}
        error={errors.targetRaceName}
        onChange={(t) => update({ targetRaceName: t === '' ? undefined : t })}
      />
      <TextField
        name="targetRaceDate"
        label={L.targetRaceDate}
        type="date"
        value={data.targetRaceDate ?? ''}
        error={errors.targetRaceDate}
        onChange={(t) => update({ targetRaceDate: t === '' ? undefined : t })}
      />
    </Section>
  );
}

export function RedFlagSection({ data, update, errors }: SectionProps) {
  const flags = data.redFlags ?? [];
  return (
    <Section
      title="Warning signs"
      tone="warning"
      testId="intake-red-flags"
      hint="Tick any that apply to you now. Your clinician reviews these before anything else. If you feel very unwell, do not wait for your visit: seek urgent care."
    >
      <CheckboxGroup
        name="redFlags"
        legend={L.redFlags}
        columns="sm:grid-cols-1"
        value={flags}
        error={errors.redFlags}
        options={redFlagIds.map((id) => ({ id, label: intakeRedFlagQuestions[id] }))}
        onChange={(redFlags) =>
          update({ redFlags, noRedFlags: redFlags.length > 0 ? undefined : data.noRedFlags })
        }
      />
      <label className="flex min-h-11 items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium">
        <input
          type="checkbox"
          checked={data.noRedFlags === true}
          onChange={(e) =>
            update(
              e.target.checked ? { noRedFlags: true, redFlags: [] } : { noRedFlags: undefined },
            )
          }
          className="size-4 accent-brand-700"
          data-testid="noRedFlags"
        />
        None of these apply to me
      </label>
    </Section>
  );
}
