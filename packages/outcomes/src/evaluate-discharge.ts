import type {
  DischargeCriterion,
  DischargeEvaluation,
  DischargeInput,
  KeyDeficit,
} from './discharge-schemas';
import { classifyChange } from './classify-change';
import { compareGaitMetric } from './compare-gait-metric';
import { addDays, daysBetween } from './dates';
import { dischargeInputSchema } from './discharge-schemas';
import { INSTRUMENTS } from './instrument-catalog';
import { checkPainRule, MAX_PAIN_DURING } from './pain-monitoring';

export const DISCHARGE_CAVEAT =
  'No published discharge rule for runner’s knee exists; these criteria are composed from ' +
  'MCIDs, the pain-monitoring model and SDDs (research.md §5.3). The clinician decides.';

type Parsed = ReturnType<typeof dischargeInputSchema.parse>;

function mcidCriterion(primary: Parsed['primary']): DischargeCriterion {
  const instrument = INSTRUMENTS[primary.instrumentId];
  const result = classifyChange(instrument, primary.baseline, primary.current);
  if (result.mcid === null) {
    return {
      id: 'mcid_reached',
      met: null,
      explanation: `${instrument.name} has no MCID; choose an instrument that has one as primary.`,
    };
  }
  const met = result.status === 'improved';
  const unverified = result.mcidVerified ? '' : ' (this MCID is unverified)';
  return {
    id: 'mcid_reached',
    met,
    explanation: `${instrument.name} moved ${result.improvement} points in the better direction from baseline ${primary.baseline}; the MCID is ${result.mcid}${unverified}, so it is ${met ? '' : 'not '}reached.`,
  };
}

function runningCriterion(running: Parsed['running'], today: string): DischargeCriterion {
  const from = addDays(today, -6);
  const runs = running.runs.filter(
    (run) => daysBetween(from, run.date) >= 0 && daysBetween(run.date, today) >= 0,
  );
  const volume = runs.reduce((sum, run) => sum + run.volume, 0);
  const results = runs.map(checkPainRule);
  const target = `${running.preInjuryWeeklyVolume} ${running.unit}`;
  const done = `${Math.round(volume * 10) / 10} ${running.unit} in the 7 days to ${today}`;
  if (results.includes('breached')) {
    return {
      id: 'running_volume',
      met: false,
      explanation: `${done}, but at least one run broke the pain rule (over ${MAX_PAIN_DURING}/10 during, or not settled by the next morning).`,
    };
  }
  if (volume < running.preInjuryWeeklyVolume) {
    return {
      id: 'running_volume',
      met: false,
      explanation: `${done}, below the pre-injury ${target}.`,
    };
  }
  if (results.includes('unknown')) {
    return {
      id: 'running_volume',
      met: null,
      explanation: `${done} reaches the pre-injury ${target}, but some runs have no next-morning pain report yet.`,
    };
  }
  return {
    id: 'running_volume',
    met: true,
    explanation: `${done} reaches the pre-injury ${target}, every run within the pain rule.`,
  };
}

function deficitCriterion(deficit: KeyDeficit | undefined): DischargeCriterion {
  if (deficit === undefined) {
    return {
      id: 'key_deficit_resolved',
      met: null,
      explanation: 'No key baseline deficit recorded.',
    };
  }
  if (deficit.kind === 'gait') {
    const result = compareGaitMetric(deficit.metric, deficit.baseline, deficit.retest);
    const met = result.status === 'no_sdd' ? null : result.direction === 'better';
    return { id: 'key_deficit_resolved', met, explanation: result.explanation };
  }
  const change = deficit.retest - deficit.baseline;
  const better = deficit.lowerIsBetter ? change < 0 : change > 0;
  const met = Math.abs(change) > deficit.sdd && better;
  return {
    id: 'key_deficit_resolved',
    met,
    explanation: `${deficit.name} changed by ${Math.round(change * 100) / 100}; the SDD is ${deficit.sdd} (${deficit.sddSource}), so the deficit is ${met ? '' : 'not '}resolved beyond measurement error.`,
  };
}

/**
 * Which of the suggested discharge criteria are met: primary PROM change ≥ MCID, pre-injury
 * weekly volume within the pain-monitoring rule, and the key baseline deficit improved by more
 * than its SDD. It records, it does not decide.
 */
export function evaluateDischarge(input: DischargeInput): DischargeEvaluation {
  const parsed = dischargeInputSchema.parse(input);
  const criteria = [
    mcidCriterion(parsed.primary),
    runningCriterion(parsed.running, parsed.today),
    deficitCriterion(parsed.keyDeficit),
  ];
  return {
    criteria,
    allMet: criteria.every((criterion) => criterion.met === true),
    caveat: DISCHARGE_CAVEAT,
  };
}
