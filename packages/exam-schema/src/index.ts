export * from './vocabulary/define-vocabulary';
export * from './vocabulary/conditions';
export * from './vocabulary/patient-vocabulary';
export * from './vocabulary/history-vocabulary';
export * from './vocabulary/exam-vocabulary';
export * from './vocabulary/gait-session-vocabulary';
export * from './vocabulary/measures';

export * from './case/field-schemas';
export * from './case/history-schema';
export * from './case/gait-schema';
export * from './case/exam-findings-schema';
export * from './case/case-schema';
export * from './case/parse-case';
export * from './format-issues';

export * from './exam-record/gait-session-schema';
export * from './exam-record/exam-record-schema';
export * from './exam-record/case-to-exam-record';
export * from './exam-record/exam-record-to-case';
export * from './exam-record/merge-worse';

export * from './output/diagnosis-output-schema';
export * from './profile/prior-profile-schema';
export * from './profile/org-priors-schema';

export * from './intake/intake-labels';
export * from './intake/intake-schema';
export * from './intake/intake-to-history';
