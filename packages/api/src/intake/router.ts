import { audited, notAudited, OWN_RECORD } from '../audit-trail/audit-rule';
import { clinicianProcedure, createTRPCRouter, patientProcedure } from '../trpc';
import { getMyIntake, myIntakeOutput } from './get-my-intake';
import { getPatientIntake, getPatientIntakeInput, patientIntakeOutput } from './get-patient-intake';
import { savedIntakeOutput, saveIntakeDraft, saveIntakeDraftInput } from './save-intake-draft';
import { submitIntake, submitIntakeInput } from './submit-intake';

export const intakeRouter = createTRPCRouter({
  mine: patientProcedure
    .meta(notAudited(OWN_RECORD))
    .output(myIntakeOutput)
    .query(({ ctx }) => getMyIntake(ctx)),
  saveDraft: patientProcedure
    .meta(audited('patient.intake.save_draft'))
    .input(saveIntakeDraftInput)
    .output(savedIntakeOutput)
    .mutation(({ ctx, input }) => saveIntakeDraft(ctx, input)),
  submit: patientProcedure
    .meta(audited('patient.intake.submit'))
    .input(submitIntakeInput)
    .output(savedIntakeOutput)
    .mutation(({ ctx, input }) => submitIntake(ctx, input)),
  /** Intake is clinical history: clinicians read it, the front desk does not. */
  forPatient: clinicianProcedure
    .meta(audited('patient.intake.read'))
    .input(getPatientIntakeInput)
    .output(patientIntakeOutput)
    .query(({ ctx, input }) => getPatientIntake(ctx, input)),
});
