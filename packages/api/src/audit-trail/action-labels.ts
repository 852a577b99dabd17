/** How each kind of access reads to a person, on the admin log and the patient's own list. */
export type AccessKind = 'viewed' | 'changed' | 'exported';

const labels: Record<string, { label: string; kind: AccessKind }> = {
  'patient.chart.read': { label: 'Opened the chart', kind: 'viewed' },
  'patient.intake.read': { label: 'Read the intake form', kind: 'viewed' },
  'patient.encounters.read': { label: 'Read the list of visits', kind: 'viewed' },
  'patient.diagnoses.read': { label: 'Read the diagnoses', kind: 'viewed' },
  'patient.appointments.read': { label: 'Read the appointments', kind: 'viewed' },
  'patient.scores.read': { label: 'Read the questionnaire scores', kind: 'viewed' },
  'encounter.read': { label: 'Opened a visit record', kind: 'viewed' },
  'plan.read': { label: 'Read the treatment plan', kind: 'viewed' },
  'plan.adherence.read': { label: 'Read exercise and pain logs', kind: 'viewed' },
  'audit.record_access.read': { label: 'Checked who accessed the record', kind: 'viewed' },
  'audit.search': { label: 'Searched the audit log', kind: 'viewed' },
  'access.denied': { label: 'Was refused access to the record', kind: 'viewed' },
  'encounter.export': { label: 'Exported a visit as a case file', kind: 'exported' },
  'plan.pdf': { label: 'Downloaded the plan as PDF', kind: 'exported' },
  'patient.intake.save_draft': { label: 'Saved an intake draft', kind: 'changed' },
  'patient.intake.submit': { label: 'Submitted the intake form', kind: 'changed' },
  'encounter.start': { label: 'Started a visit', kind: 'changed' },
  'encounter.import': { label: 'Imported a case file as a visit', kind: 'changed' },
  'encounter.exam.save': { label: 'Saved exam findings', kind: 'changed' },
  'encounter.sign': { label: 'Signed a visit record', kind: 'changed' },
  'encounter.addendum': { label: 'Added an addendum', kind: 'changed' },
  'diagnosis.confirm': { label: 'Confirmed a diagnosis', kind: 'changed' },
  'plan.create': { label: 'Created a treatment plan', kind: 'changed' },
  'plan.edit': { label: 'Changed the treatment plan', kind: 'changed' },
  'plan.tick': { label: 'Ticked an exercise', kind: 'changed' },
  'plan.pain_log': { label: 'Logged pain after a run', kind: 'changed' },
  'questionnaire.answer': { label: 'Answered a questionnaire', kind: 'changed' },
  'appointment.hold': { label: 'Held an appointment slot', kind: 'changed' },
  'appointment.book': { label: 'Booked an appointment', kind: 'changed' },
  'appointment.confirm': { label: 'Confirmed an appointment', kind: 'changed' },
  'appointment.reschedule': { label: 'Rescheduled an appointment', kind: 'changed' },
  'appointment.cancel': { label: 'Cancelled an appointment', kind: 'changed' },
  'appointment.checked_in': { label: 'Checked in for an appointment', kind: 'changed' },
  'appointment.completed': { label: 'Completed an appointment', kind: 'changed' },
  'appointment.no_show': { label: 'Marked an appointment as a no-show', kind: 'changed' },
  'waitlist.join': { label: 'Joined the waitlist', kind: 'changed' },
  'waitlist.leave': { label: 'Left the waitlist', kind: 'changed' },
  'availability.weekly.set': { label: 'Set weekly working hours', kind: 'changed' },
  'availability.time_off.add': { label: 'Added time off', kind: 'changed' },
  'availability.extra_hours.add': { label: 'Added extra hours', kind: 'changed' },
  'availability.exception.remove': { label: 'Removed time off or extra hours', kind: 'changed' },
  'patient.progress_chart.read': { label: 'Read the progress chart', kind: 'viewed' },
  'patient.gait_comparison.read': { label: 'Compared gait tests', kind: 'viewed' },
  'patient.flags.read': { label: 'Read the caseload prompts', kind: 'viewed' },
  'plan.discharge_review.read': { label: 'Reviewed the record for discharge', kind: 'viewed' },
  'plan.follow_ups.read': { label: 'Read the follow-up questionnaires', kind: 'viewed' },
  'patient.record.export': { label: 'Exported the whole record', kind: 'exported' },
  'data_export.start': { label: 'Started an organisation data export', kind: 'exported' },
  'data_export.download': { label: 'Downloaded an organisation data export', kind: 'exported' },
  'encounter.prior_care_failed': { label: 'Recorded that earlier care failed', kind: 'changed' },
  'plan.cancel': { label: 'Cancelled the treatment plan', kind: 'changed' },
  'plan.discharge': { label: 'Discharged from care', kind: 'changed' },
  'follow_up.draft': { label: 'Saved a follow-up questionnaire draft', kind: 'changed' },
  'follow_up.answer': { label: 'Answered a follow-up questionnaire', kind: 'changed' },
  'race_decision.record': { label: 'Recorded a race go/no-go decision', kind: 'changed' },
  'location.create': { label: 'Created a location', kind: 'changed' },
  'location.update': { label: 'Changed a location', kind: 'changed' },
  'location.clinician.add': { label: 'Added a clinician to a location', kind: 'changed' },
  'resource.add': { label: 'Added a room or gait lab', kind: 'changed' },
  'resource.rename': { label: 'Renamed a room or gait lab', kind: 'changed' },
  'resource.deactivate': { label: 'Took a room or gait lab out of use', kind: 'changed' },
  'resource.reactivate': { label: 'Put a room or gait lab back in use', kind: 'changed' },
  'appointment_type.create': { label: 'Created an appointment type', kind: 'changed' },
  'appointment_type.update': { label: 'Changed an appointment type', kind: 'changed' },
  'instrument_texts.save': { label: 'Saved questionnaire wording', kind: 'changed' },
  'prior_profile.create': { label: 'Created a prior profile', kind: 'changed' },
  'prior_profile.edit': { label: 'Changed a prior profile', kind: 'changed' },
  'prior_profile.set_default': { label: 'Chose the default prior profile', kind: 'changed' },
  'staff.invite': { label: 'Invited a staff member', kind: 'changed' },
  'staff.invitation.accept': { label: 'Accepted a staff invitation', kind: 'changed' },
  'staff.invitation.revoke': { label: 'Revoked a staff invitation', kind: 'changed' },
  'staff.update': { label: "Changed a staff member's role or locations", kind: 'changed' },
  'staff.deactivate': { label: 'Deactivated a staff member', kind: 'changed' },
  'staff.reactivate': { label: 'Reactivated a staff member', kind: 'changed' },
  'account.password_change': { label: 'Changed their password', kind: 'changed' },
  'account.session_revoke': { label: 'Signed out a session', kind: 'changed' },
};

/** Actions the admin can filter by, in label order. */
export const knownActions: readonly { action: string; label: string }[] = Object.entries(labels)
  .map(([action, { label }]) => ({ action, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

/**
 * Actions added later still read sensibly: the raw name, and a kind guessed from its verb,
 * until someone adds a label here.
 */
export function describeAction(action: string): { label: string; kind: AccessKind } {
  const known = labels[action];
  if (known) return known;
  const verb = action.split('.').at(-1) ?? '';
  const kind: AccessKind = ['read', 'list', 'get'].includes(verb)
    ? 'viewed'
    : ['export', 'pdf', 'download'].includes(verb)
      ? 'exported'
      : 'changed';
  return { label: action, kind };
}

export const roleLabels: Record<string, string> = {
  admin: 'Administrator',
  clinician: 'Clinician',
  front_desk: 'Front desk',
  patient: 'Patient',
};
