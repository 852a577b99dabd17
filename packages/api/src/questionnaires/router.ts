import { z } from 'zod';

import { clinicianProcedure, createTRPCRouter, patientProcedure } from '../trpc';
import {
  answeredOutput,
  answerQuestionnaire,
  answerQuestionnaireInput,
} from './answer-questionnaire';
import { listScores, scoreSeriesOutput } from './list-scores';

export const questionnairesRouter = createTRPCRouter({
  answer: patientProcedure
    .input(answerQuestionnaireInput)
    .output(answeredOutput)
    .mutation(({ ctx, input }) => answerQuestionnaire(ctx, input)),
  myScores: patientProcedure
    .output(scoreSeriesOutput)
    .query(({ ctx }) => listScores(ctx, undefined)),
  forPatient: clinicianProcedure
    .input(z.object({ patientId: z.uuid('That is not a patient id.') }).strict())
    .output(scoreSeriesOutput)
    .query(({ ctx, input }) => listScores(ctx, input.patientId)),
});
