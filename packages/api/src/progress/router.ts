import { audited, notAudited, OWN_RECORD } from '../audit-trail/audit-rule';
import { clinicianProcedure, createTRPCRouter, patientProcedure } from '../trpc';
import { dischargePlan, dischargePlanInput, dischargePlanOutput } from './discharge-plan';
import {
  dischargeReviewInput,
  dischargeReviewOutput,
  getDischargeReview,
} from './get-discharge-review';
import {
  gaitComparisonInput,
  gaitComparisonOutput,
  getGaitComparison,
} from './get-gait-comparison';
import { getMyProgress, myProgressOutput } from './get-my-progress';
import { getProgressChart, progressChartInput, progressChartOutput } from './get-progress-chart';
import {
  getSaphenousPrompt,
  saphenousPromptInput,
  saphenousPromptOutput,
} from './get-saphenous-prompt';
import {
  recordPriorCareFailed,
  recordPriorCareFailedInput,
  recordPriorCareFailedOutput,
} from './record-prior-care-failed';

/** Progress against the plan: charts, gait re-test, the saphenous prompt and discharge. */
export const progressRouter = createTRPCRouter({
  chart: clinicianProcedure
    .meta(audited('patient.progress_chart.read'))
    .input(progressChartInput)
    .output(progressChartOutput)
    .query(({ ctx, input }) => getProgressChart(ctx, input.patientId)),
  gaitComparison: clinicianProcedure
    .meta(audited('patient.gait_comparison.read'))
    .input(gaitComparisonInput)
    .output(gaitComparisonOutput)
    .query(({ ctx, input }) => getGaitComparison(ctx, input)),
  saphenousPrompt: clinicianProcedure
    .meta(audited('patient.flags.read'))
    .input(saphenousPromptInput)
    .output(saphenousPromptOutput)
    .query(({ ctx, input }) => getSaphenousPrompt(ctx, input)),
  recordPriorCareFailed: clinicianProcedure
    .meta(audited('encounter.prior_care_failed'))
    .input(recordPriorCareFailedInput)
    .output(recordPriorCareFailedOutput)
    .mutation(({ ctx, input }) => recordPriorCareFailed(ctx, input)),
  dischargeReview: clinicianProcedure
    .meta(audited('plan.discharge_review.read'))
    .input(dischargeReviewInput)
    .output(dischargeReviewOutput)
    .query(({ ctx, input }) => getDischargeReview(ctx, input)),
  discharge: clinicianProcedure
    .meta(audited('plan.discharge'))
    .input(dischargePlanInput)
    .output(dischargePlanOutput)
    .mutation(({ ctx, input }) => dischargePlan(ctx, input)),
  mine: patientProcedure
    .meta(notAudited(OWN_RECORD))
    .output(myProgressOutput)
    .query(({ ctx }) => getMyProgress(ctx)),
  myChart: patientProcedure
    .meta(notAudited(OWN_RECORD))
    .output(progressChartOutput)
    .query(({ ctx }) => getProgressChart(ctx, undefined)),
});
