import { audited, notAudited, OWN_RECORD } from '../audit-trail/audit-rule';
import { clinicianProcedure, createTRPCRouter, patientProcedure } from '../trpc';
import { followUpRequestInput, getMyFollowUp, myFollowUpOutput } from './get-my-follow-up';
import { listMyFollowUps, myFollowUpsOutput } from './list-my-follow-ups';
import { listPlanFollowUps, planFollowUpsInput, planFollowUpsOutput } from './list-plan-follow-ups';
import { raceDecisionView } from './race-decision-view';
import { recordRaceDecision, recordRaceDecisionInput } from './record-race-decision';
import {
  savedDraftOutput,
  saveFollowUpDraft,
  saveFollowUpDraftInput,
} from './save-follow-up-draft';
import { submitFollowUp, submitFollowUpInput, submittedFollowUpOutput } from './submit-follow-up';

export const followUpsRouter = createTRPCRouter({
  mine: patientProcedure
    .meta(notAudited(OWN_RECORD))
    .output(myFollowUpsOutput)
    .query(({ ctx }) => listMyFollowUps(ctx)),
  get: patientProcedure
    .meta(notAudited(OWN_RECORD))
    .input(followUpRequestInput)
    .output(myFollowUpOutput)
    .query(({ ctx, input }) => getMyFollowUp(ctx, input)),
  saveDraft: patientProcedure
    .meta(audited('follow_up.draft'))
    .input(saveFollowUpDraftInput)
    .output(savedDraftOutput)
    .mutation(({ ctx, input }) => saveFollowUpDraft(ctx, input)),
  submit: patientProcedure
    .meta(audited('follow_up.answer'))
    .input(submitFollowUpInput)
    .output(submittedFollowUpOutput)
    .mutation(({ ctx, input }) => submitFollowUp(ctx, input)),
  forPatient: clinicianProcedure
    .meta(audited('plan.follow_ups.read'))
    .input(planFollowUpsInput)
    .output(planFollowUpsOutput)
    .query(({ ctx, input }) => listPlanFollowUps(ctx, input)),
  recordRaceDecision: clinicianProcedure
    .meta(audited('race_decision.record'))
    .input(recordRaceDecisionInput)
    .output(raceDecisionView)
    .mutation(({ ctx, input }) => recordRaceDecision(ctx, input)),
});
