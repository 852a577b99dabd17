import { z } from 'zod';

import { audited, notAudited, OWN_RECORD } from '../audit-trail/audit-rule';
import { clinicianProcedure, createTRPCRouter, patientProcedure } from '../trpc';
import {
  answeredOutput,
  answerQuestionnaire,
  answerQuestionnaireInput,
} from './answer-questionnaire';
import {
  listOfferedQuestionnaires,
  offeredQuestionnairesOutput,
} from './list-offered-questionnaires';
import { listScores, scoreSeriesOutput } from './list-scores';

export const questionnairesRouter = createTRPCRouter({
  answer: patientProcedure
    .meta(audited('questionnaire.answer'))
    .input(answerQuestionnaireInput)
    .output(answeredOutput)
    .mutation(({ ctx, input }) => answerQuestionnaire(ctx, input)),
  offered: patientProcedure
    .meta(notAudited('lists questionnaire forms; no patient data'))
    .output(offeredQuestionnairesOutput)
    .query(({ ctx }) => listOfferedQuestionnaires(ctx)),
  myScores: patientProcedure
    .meta(notAudited(OWN_RECORD))
    .output(scoreSeriesOutput)
    .query(({ ctx }) => listScores(ctx, undefined)),
  forPatient: clinicianProcedure
    .meta(audited('patient.scores.read'))
    .input(z.object({ patientId: z.uuid('That is not a patient id.') }).strict())
    .output(scoreSeriesOutput)
    .query(({ ctx, input }) => listScores(ctx, input.patientId)),
});
