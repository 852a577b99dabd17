import { clinicianProcedure, createTRPCRouter, patientProcedure } from '../trpc';
import { getMyIntake, myIntakeOutput } from './get-my-intake';
import { getPatientIntake, getPatientIntakeInput, patientIntakeOutput } from './get-patient-intake';
import { savedIntakeOutput, saveIntakeDraft, saveIntakeDraftInput } from './save-intake-draft';
import { submitIntake, submitIntakeInput } from './submit-intake';

export const intakeRouter = createTRPCRouter({
  mine: patientProcedure.output(myIntakeOutput).query(({ ctx }) => getMyIntake(ctx)),
  saveDraft: patientProcedure
    .input(saveIntakeDraftInput)
    .output(savedIntakeOutput)
    .mutation(({ ctx, input }) => saveIntakeDraft(ctx, input)),
  submit: patientProcedure
    .input(submitIntakeInput)
    .output(savedIntakeOutput)
    .mutation(({ ctx, input }) => submitIntake(ctx, input)),
  /** Intake is clinical history: clinicians read it, the front desk does not. */
  forPatient: clinicianProcedure
    .input(getPatientIntakeInput)
    .output(patientIntakeOutput)
    .query(({ ctx, input }) => getPatientIntake(ctx, input)),
});
