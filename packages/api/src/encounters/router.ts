import { z } from 'zod';

import { strideCaseSchema } from '@stride/exam-schema';

import { audited } from '../audit-trail/audit-rule';
import { clinicianProcedure, createTRPCRouter } from '../trpc';
import { exportCase, importCase, importCaseInput } from './case-interchange';
import {
  confirmDiagnosis,
  confirmDiagnosisInput,
  confirmedDiagnosisOutput,
} from './confirm-diagnosis';
import { encounterIdInput, encounterOutput, getEncounter } from './get-encounter';
import { importGaitCsv, importGaitCsvInput } from './import-gait-csv';
import {
  listPatientEncounters,
  patientEncountersInput,
  patientEncountersOutput,
} from './list-patient-encounters';
import { saveExam, saveExamInput } from './save-exam';
import { addAddendum, addAddendumInput, signEncounter } from './sign-encounter';
import { startEncounter } from './start-encounter';

const idOutput = z.object({ id: z.string() });

/** The clinical record is the clinician's: the front desk and admins do not open exams. */
export const encountersRouter = createTRPCRouter({
  start: clinicianProcedure
    .meta(audited('encounter.start'))
    .input(
      z
        .object({
          patientId: z.uuid('That is not a patient id.'),
          appointmentId: z.uuid('That is not an appointment id.').optional(),
        })
        .strict(),
    )
    .output(idOutput)
    .mutation(({ ctx, input }) => startEncounter(ctx, input)),
  forPatient: clinicianProcedure
    .meta(audited('patient.encounters.read'))
    .input(patientEncountersInput)
    .output(patientEncountersOutput)
    .query(({ ctx, input }) => listPatientEncounters(ctx, input)),
  get: clinicianProcedure
    .meta(audited('encounter.read'))
    .input(encounterIdInput)
    .output(encounterOutput)
    .query(({ ctx, input }) => getEncounter(ctx, input)),
  saveExam: clinicianProcedure
    .meta(audited('encounter.exam.save'))
    .input(saveExamInput)
    .output(z.object({ revision: z.number(), savedAt: z.date() }))
    .mutation(({ ctx, input }) => saveExam(ctx, input)),
  importGaitCsv: clinicianProcedure
    .meta(audited('encounter.exam.save'))
    .input(importGaitCsvInput)
    .output(z.object({ revision: z.number(), rows: z.number() }))
    .mutation(({ ctx, input }) => importGaitCsv(ctx, input)),
  confirmDiagnosis: clinicianProcedure
    .meta(audited('diagnosis.confirm'))
    .input(confirmDiagnosisInput)
    .output(confirmedDiagnosisOutput)
    .mutation(({ ctx, input }) => confirmDiagnosis(ctx, input)),
  sign: clinicianProcedure
    .meta(audited('encounter.sign'))
    .input(encounterIdInput)
    .output(z.void())
    .mutation(({ ctx, input }) => signEncounter(ctx, input)),
  addAddendum: clinicianProcedure
    .meta(audited('encounter.addendum'))
    .input(addAddendumInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => addAddendum(ctx, input)),
  exportCase: clinicianProcedure
    .meta(audited('encounter.export'))
    .input(encounterIdInput)
    .output(strideCaseSchema)
    .query(({ ctx, input }) => exportCase(ctx, input)),
  importCase: clinicianProcedure
    .meta(audited('encounter.import'))
    .input(importCaseInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => importCase(ctx, input)),
});
