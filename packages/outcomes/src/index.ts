export type { Answers, AnswerError, Score, ScoreResult } from './score-schemas';
export type {
  Direction,
  Instrument,
  InstrumentItem,
  Mcid,
  ResponseScale,
  ScoringRule,
} from './instrument-schema';
export type { InstrumentId } from './instrument-catalog';
export type { ChangeClassification, ChangeStatus } from './classify-change';
export type { GaitMetric, GaitMetricId } from './gait-metrics';
export type { GaitComparison } from './compare-gait-metric';
export type { DateInput, IsoDate } from './dates';
export type {
  FollowUpReason,
  FollowUpRequest,
  FollowUpSchedule,
  FollowUpScheduleInput,
} from './follow-up-schedule';
export type {
  AdherenceWeek,
  CaseloadPatient,
  CaseloadPatientInput,
  DatedScore,
  FollowUpRecord,
  PainLog,
  RedFlagRecord,
} from './caseload-schemas';
export type { CaseloadFlag, FlagId, Severity } from './flags/flag-schema';
export type { CaseloadEntry, CaseloadRank } from './sort-caseload';
export type {
  DischargeCriterion,
  DischargeEvaluation,
  DischargeInput,
  KeyDeficit,
  RunLog,
} from './discharge-schemas';
export type { PainRuleResult } from './pain-monitoring';
export type { ProgressLine } from './summarize-progress';

export {
  directionSchema,
  instrumentItemSchema,
  instrumentSchema,
  mcidSchema,
  responseScaleSchema,
  scoringRuleSchema,
} from './instrument-schema';
export {
  getInstrument,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  instrumentIdSchema,
} from './instrument-catalog';
export { KOOS_PF } from './instruments/koos-pf';
export { KUJALA } from './instruments/kujala';
export { LEFS } from './instruments/lefs';
export { LICENSED_WORDING_NOTE } from './instruments/licensed';
export { NPRS } from './instruments/nprs';
export {
  PAIN_FREE_MINUTES_CAP,
  RUNNING_FUNCTION,
  RUNS_PER_WEEK_CAP,
} from './instruments/running-function';
export { answerErrorSchema, answersSchema, scoreResultSchema, scoreSchema } from './score-schemas';
export { scoreResponse } from './score-response';
export { changeClassificationSchema, changeStatusSchema, classifyChange } from './classify-change';
export {
  GAIT_METRIC_IDS,
  GAIT_METRICS,
  gaitMetricIdSchema,
  gaitMetricSchema,
} from './gait-metrics';
export { compareGaitMetric, gaitComparisonSchema } from './compare-gait-metric';
export { addDays, dateInputSchema, daysBetween, isoDateSchema } from './dates';
export {
  DEFAULT_GO_NO_GO_DAYS_BEFORE_RACE,
  FOLLOW_UP_WEEKS,
  followUpReasonSchema,
  followUpRequestSchema,
  followUpSchedule,
  followUpScheduleInputSchema,
  followUpScheduleSchema,
  MERGE_WINDOW_DAYS,
  PRE_DECISION_LEAD_DAYS,
} from './follow-up-schedule';
export {
  adherenceWeekSchema,
  caseloadPatientSchema,
  datedScoreSchema,
  followUpRecordSchema,
  followUpStatusSchema,
  painLogSchema,
  redFlagRecordSchema,
} from './caseload-schemas';
export {
  caseloadFlagSchema,
  FLAG_IDS,
  flagIdSchema,
  SEVERITIES,
  severitySchema,
} from './flags/flag-schema';
export { CASELOAD_RULES_VERSION, computeCaseloadFlags } from './compute-caseload-flags';
export { caseloadRank, compareCaseloadEntries, compareFlags, sortCaseload } from './sort-caseload';
export { FOLLOW_UP_GRACE_DAYS, isFollowUpMissed } from './flags/missed-follow-up';
export { LOW_ADHERENCE_THRESHOLD } from './flags/low-adherence';
export { NOT_IMPROVING_FROM_DAY } from './flags/not-improving';
export { RACE_WINDOW_DAYS } from './flags/race-without-go';
export {
  ANTEROMEDIAL_REGIONS,
  NEUROPATHIC_QUALITIES,
  PATELLOFEMORAL_CONDITIONS,
  SAPHENOUS_FROM_DAY,
} from './flags/saphenous-prompt';
export {
  DISCHARGE_CRITERION_IDS,
  dischargeCriterionSchema,
  dischargeEvaluationSchema,
  dischargeInputSchema,
  keyDeficitSchema,
  runLogSchema,
} from './discharge-schemas';
export { DISCHARGE_CAVEAT, evaluateDischarge } from './evaluate-discharge';
export { checkPainRule, MAX_PAIN_DURING } from './pain-monitoring';
export { progressLineSchema, summarizeProgress } from './summarize-progress';
