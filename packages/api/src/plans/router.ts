import { z } from 'zod';

import { audited, notAudited, OWN_RECORD } from '../audit-trail/audit-rule';
import { clinicianProcedure, createTRPCRouter, patientProcedure, staffProcedure } from '../trpc';
import { cancelPlan, cancelPlanInput, cancelPlanOutput } from './cancel-plan';
import {
  createPlanFromDiagnosis,
  createPlanFromDiagnosisInput,
} from './create-plan-from-diagnosis';
import { editPlan, editPlanInput } from './edit-plan';
import { adherenceInput, adherenceOutput, getAdherence } from './get-adherence';
import { getMyPlan, getPatientPlan, patientPlanInput } from './get-plan';
import { getPlanPdf, planPdfOutput } from './get-plan-pdf';
import { listPlanDiagnoses, planDiagnosesOutput } from './list-plan-diagnoses';
import { logPain, logPainInput, logPainOutput } from './log-pain';
import { planView } from './plan-view';
import { tickExercise, tickExerciseInput, tickExerciseOutput } from './tick-exercise';

export const plansRouter = createTRPCRouter({
  createFromDiagnosis: clinicianProcedure
    .meta(audited('plan.create'))
    .input(createPlanFromDiagnosisInput)
    .output(planView)
    .mutation(({ ctx, input }) => createPlanFromDiagnosis(ctx, input)),
  edit: clinicianProcedure
    .meta(audited('plan.edit'))
    .input(editPlanInput)
    .output(planView)
    .mutation(({ ctx, input }) => editPlan(ctx, input)),
  cancel: clinicianProcedure
    .meta(audited('plan.cancel'))
    .input(cancelPlanInput)
    .output(cancelPlanOutput)
    .mutation(({ ctx, input }) => cancelPlan(ctx, input)),
  forPatient: staffProcedure
    .meta(audited('plan.read'))
    .input(patientPlanInput)
    .output(planView.nullable())
    .query(({ ctx, input }) => getPatientPlan(ctx, input)),
  diagnoses: staffProcedure
    .meta(audited('patient.diagnoses.read'))
    .input(patientPlanInput)
    .output(planDiagnosesOutput)
    .query(({ ctx, input }) => listPlanDiagnoses(ctx, input)),
  adherence: staffProcedure
    .meta(audited('plan.adherence.read'))
    .input(adherenceInput)
    .output(adherenceOutput)
    .query(({ ctx, input }) => getAdherence(ctx, input)),
  pdfForPatient: staffProcedure
    .meta(audited('plan.pdf'))
    .input(patientPlanInput)
    .output(planPdfOutput)
    .query(({ ctx, input }) => getPlanPdf(ctx, input.patientId)),
  mine: patientProcedure
    .meta(notAudited(OWN_RECORD))
    .output(planView.nullable())
    .query(({ ctx }) => getMyPlan(ctx)),
  tick: patientProcedure
    .meta(audited('plan.tick'))
    .input(tickExerciseInput)
    .output(tickExerciseOutput)
    .mutation(({ ctx, input }) => tickExercise(ctx, input)),
  logPain: patientProcedure
    .meta(audited('plan.pain_log'))
    .input(logPainInput)
    .output(logPainOutput)
    .mutation(({ ctx, input }) => logPain(ctx, input)),
  pdf: patientProcedure
    .meta(audited('plan.pdf'))
    .input(z.void())
    .output(planPdfOutput)
    .query(({ ctx }) => getPlanPdf(ctx)),
});
