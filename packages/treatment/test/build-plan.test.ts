import { describe, expect, it } from 'vitest';

import { caseToExamRecord } from '@stride/exam-schema';

import { applyPlanEdit, buildPlan, daysBetween, itemsOn, planSchema } from '../src';
import { publicCase } from './public-cases';

const TODAY = '2026-11-26';

function keys(plan: ReturnType<typeof buildPlan>): string[] {
  return plan.items.map((i) => i.key);
}

describe('buildPlan from the public cases', () => {
  it.each([
    {
      name: 'p02-patellofemoral-malalignment',
      condition: 'patellofemoral_malalignment',
      findings: ['cadence_low', 'pelvic_drop_high', 'hip_adduction_high', 'hip_abductor_weak'],
      includes: ['cadence_retraining', 'side_lying_hip_abduction', 'standing_hip_hike'],
    },
    {
      name: 'p01-saphenous-classic',
      condition: 'saphenous_nerve_entrapment',
      findings: ['cadence_low', 'pelvic_drop_high'],
      includes: ['saphenous_nerve_slider', 'saphenous_nerve_tensioner', 'cadence_retraining'],
    },
    {
      name: 'p06-femoral-nerve',
      condition: 'femoral_nerve_irritation',
      findings: ['cadence_low', 'overstride'],
      includes: ['femoral_nerve_slider', 'femoral_nerve_tensioner', 'cadence_retraining'],
    },
  ] as const)('$name', ({ name, condition, findings, includes }) => {
    const c = publicCase(name);
    const side = c.side ?? 'bilateral';
    const plan = buildPlan({ condition, side, exam: caseToExamRecord(c), today: TODAY });
    const cited = new Set(plan.items.flatMap((i) => i.findings.map((f) => f.id)));
    expect([...cited].sort()).toEqual([...findings].sort());
    for (const key of includes) expect(keys(plan)).toContain(key);
    // The same findings come out of the case as of its exam record.
    expect(buildPlan({ condition, side, exam: c, today: TODAY })).toEqual(plan);
  });

  it('gives the cadence target in steps per minute', () => {
    const c = publicCase('p02-patellofemoral-malalignment');
    const plan = buildPlan({
      condition: 'patellofemoral_malalignment',
      side: 'left',
      exam: c,
      today: TODAY,
    });
    const cadence = plan.items.find((i) => i.key === 'cadence_retraining');
    expect(cadence?.dosage).toBe('Every run: 166–174 steps/min (5–10 % above your 158)');
    expect(cadence?.findings.map((f) => f.text)).toEqual(['Cadence 158 steps/min (below 165)']);
  });

  it('nerve plans glide the nerve first and tension it later', () => {
    const plan = buildPlan({
      condition: 'saphenous_nerve_entrapment',
      side: 'right',
      today: TODAY,
    });
    expect(itemsOn(plan, TODAY).map((i) => i.key)).toContain('saphenous_nerve_slider');
    expect(itemsOn(plan, TODAY).map((i) => i.key)).not.toContain('saphenous_nerve_tensioner');
    const walkRun = plan.phases.find((p) => p.id === 'walk_run');
    expect(walkRun).toBeDefined();
    const later = itemsOn(plan, walkRun?.startDate ?? TODAY).map((i) => i.key);
    expect(later).toContain('saphenous_nerve_tensioner');
    expect(later).not.toContain('saphenous_nerve_slider');
  });

  it('femoral-nerve plans are shorter than the others', () => {
    const femoral = buildPlan({
      condition: 'femoral_nerve_irritation',
      side: 'left',
      today: TODAY,
    });
    const pfp = buildPlan({ condition: 'patellofemoral_malalignment', side: 'left', today: TODAY });
    expect(daysBetween(femoral.startDate, femoral.endDate)).toBeLessThan(
      daysBetween(pfp.startDate, pfp.endDate),
    );
  });
});

describe('dating', () => {
  it.each([
    { raceDate: '2027-03-21', dating: 'race', goNoGo: '2027-03-07', last: 'race_prep' },
    { raceDate: '2026-12-20', dating: 'race_too_close', goNoGo: '2026-12-10', last: 'build' },
    { raceDate: '2026-11-30', dating: 'race_too_close', goNoGo: null, last: 'build' },
    { raceDate: '2026-10-01', dating: 'no_race', goNoGo: null, last: 'build' },
    { raceDate: null, dating: 'no_race', goNoGo: null, last: 'build' },
  ] as const)('race $raceDate → $dating', ({ raceDate, dating, goNoGo, last }) => {
    const plan = buildPlan({
      condition: 'iliotibial_band_syndrome',
      side: 'left',
      raceDate,
      today: TODAY,
    });
    expect(plan.dating).toBe(dating);
    expect(plan.goNoGoDate).toBe(goNoGo);
    expect(plan.startDate).toBe(TODAY);
    expect(plan.phases.at(-1)?.id).toBe(last);
    expect(plan.datingNote.length).toBeGreaterThan(10);
  });

  it('puts the go/no-go two weeks before a far race and ends the day before it', () => {
    const plan = buildPlan({
      condition: 'patellofemoral_malalignment',
      side: 'left',
      raceDate: '2027-03-21',
      today: TODAY,
    });
    expect(plan.phases.at(-1)).toMatchObject({ startDate: '2027-03-07', endDate: '2027-03-20' });
  });
});

describe('editing', () => {
  const plan = buildPlan({ condition: 'patellofemoral_malalignment', side: 'left', today: TODAY });

  it('changes dosage, removes and adds items with stable keys', () => {
    const result = applyPlanEdit(plan, {
      removeKeys: ['wall_sit_isometric'],
      dosages: [{ key: 'side_lying_hip_abduction', dosage: '4 sets of 10' }],
      add: [{ exerciseId: 'bird_dog' }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(keys(result.plan)).not.toContain('wall_sit_isometric');
    expect(result.plan.items.find((i) => i.key === 'side_lying_hip_abduction')?.dosage).toBe(
      '4 sets of 10',
    );
    expect(result.plan.items.find((i) => i.key === 'bird_dog')).toMatchObject({
      source: 'clinician',
    });
  });

  it('refuses to leave only a brace or strap', () => {
    const result = applyPlanEdit(plan, {
      removeKeys: keys(plan),
      add: [{ exerciseId: 'knee_strap' }],
    });
    expect(result).toEqual({
      ok: false,
      problems: ['A plan cannot be only a brace, strap or tape: keep at least one exercise.'],
    });
  });

  it('refuses duplicates and unknown exercises', () => {
    expect(applyPlanEdit(plan, { add: [{ exerciseId: 'education_load' }] }).ok).toBe(false);
    expect(applyPlanEdit(plan, { add: [{ exerciseId: 'nope' }] }).ok).toBe(false);
    expect(applyPlanEdit(plan, { dosages: [{ key: 'nope', dosage: 'x' }] }).ok).toBe(false);
  });

  it('keeps an adjunct to the first phase only', () => {
    const result = applyPlanEdit(plan, { add: [{ exerciseId: 'patellar_taping' }] });
    expect(result.ok && result.plan.items.find((i) => i.key === 'patellar_taping')?.phases).toEqual(
      ['settle'],
    );
  });

  it('schema rejects an adjunct-only plan', () => {
    const strapOnly = {
      ...plan,
      items: [{ ...plan.items[0], key: 'knee_strap', exerciseId: 'knee_strap' }],
    };
    expect(planSchema.safeParse(strapOnly).success).toBe(false);
  });
});
