export { diagnose } from './diagnose';
export type { DiagnoseOptions } from './diagnose';
export { ENGINE_VERSION } from './engine-version';

export {
  builtInProfiles,
  counterpartOf,
  DEFAULT_PROFILE_ID,
  isBuiltInProfileId,
} from './profiles/profiles';
export type { BuiltInProfileId } from './profiles/profiles';
export { clinicMethodProfile } from './profiles/clinic-method-profile';
export { literatureProfile } from './profiles/literature-profile';
export { validateProfile } from './profiles/validate-profile';
export type { ValidateProfileResult } from './profiles/validate-profile';
export { orgProfile } from './profiles/org-profile';
export type { OrgProfileSource } from './profiles/org-profile';
export { startingPriors } from './profiles/starting-priors';
export type { StartingPriors } from './profiles/starting-priors';
export { diffPriors, priorChangeSexes } from './profiles/diff-priors';
export type { PriorChange, PriorChangeSex } from './profiles/diff-priors';

export { likelihoods } from './likelihoods/all-likelihoods';
export { families, LR_CEILING, LR_FLOOR } from './likelihoods/likelihood';
export type { FamilyId, Likelihood, Weight, WeightBasis } from './likelihoods/likelihood';
export { regionMissWeights } from './likelihoods/pain-regions';
export { thresholds } from './likelihoods/thresholds';
export type { Threshold } from './likelihoods/thresholds';

export { icd10Codes, icd10For } from './icd10-codes';
export type { Icd10Codes } from './icd10-codes';

// Re-exported so the API and UI can take everything diagnostic from one place.
export {
  conditionIds,
  conditionLabels,
  conditions,
  diagnosisOutputSchema,
  formatPercent,
  isSexSpecific,
  ORG_PRIOR_STEP,
  ORG_PRIOR_SUM_TOLERANCE,
  orgPriorSexes,
  orgPriorsSchema,
  orgPriorTableSchema,
  parseCase,
  priorProfileSchema,
  priorsEditSchema,
  sexSpecificOrgPriorsSchema,
  strideCaseSchema,
  sumOfPriors,
} from '@stride/exam-schema';
export type {
  ConditionId,
  DiagnosisOutput,
  OrgPriors,
  OrgPriorSex,
  OrgPriorTable,
  OrgPriorValue,
  PriorProfile,
  PriorsEdit,
  SexSpecificOrgPriors,
  StrideCase,
} from '@stride/exam-schema';
