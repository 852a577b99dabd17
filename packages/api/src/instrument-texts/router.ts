import { auditedWithoutPatient, NO_PATIENT_DATA, notAudited } from '../audit-trail/audit-rule';
import { adminProcedure, createTRPCRouter } from '../trpc';
import { instrumentTextsOutput, listInstrumentTexts } from './list-instrument-texts';
import {
  savedTextsOutput,
  saveInstrumentTexts,
  saveInstrumentTextsInput,
} from './save-instrument-texts';

export const instrumentTextsRouter = createTRPCRouter({
  list: adminProcedure
    .meta(notAudited(NO_PATIENT_DATA))
    .output(instrumentTextsOutput)
    .query(({ ctx }) => listInstrumentTexts(ctx)),
  save: adminProcedure
    .meta(auditedWithoutPatient('instrument_texts.save'))
    .input(saveInstrumentTextsInput)
    .output(savedTextsOutput)
    .mutation(({ ctx, input }) => saveInstrumentTexts(ctx, input)),
});
