import { z } from 'zod';

import { clinicianProcedure, createTRPCRouter, patientProcedure, staffProcedure } from '../trpc';
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
    .input(createPlanFromDiagnosisInput)
    .output(planView)
    .mutation(({ ctx, input }) => createPlanFromDiagnosis(ctx, input)),
  edit: clinicianProcedure
    .input(editPlanInput)
    .output(planView)
    .mutation(({ ctx, input }) => editPlan(ctx, input)),
  forPatient: staffProcedure
    .input(patientPlanInput)
    .output(planView.nullable())
    .query(({ ctx, input }) => getPatientPlan(ctx, input)),
  diagnoses: staffProcedure
    .input(patientPlanInput)
    .output(planDiagnosesOutput)
    .query(({ ctx, input }) => listPlanDiagnoses(ctx, input)),
  adherence: staffProcedure
    .input(adherenceInput)
    .output(adherenceOutput)
    .query(({ ctx, input }) => getAdherence(ctx, input)),
  pdfForPatient: staffProcedure
    .input(patientPlanInput)
    .output(planPdfOutput)
    .query(({ ctx, input }) => getPlanPdf(ctx, input.patientId)),
  mine: patientProcedure.output(planView.nullable()).query(({ ctx }) => getMyPlan(ctx)),
  tick: patientProcedure
    .input(tickExerciseInput)
    .output(tickExerciseOutput)
    .mutation(({ ctx, input }) => tickExercise(ctx, input)),
  logPain: patientProcedure
    .input(logPainInput)
    .output(logPainOutput)
    .mutation(({ ctx, input }) => logPain(ctx, input)),
  pdf: patientProcedure
    .input(z.void())
    .output(planPdfOutput)
    .query(({ ctx }) => getPlanPdf(ctx)),
});
