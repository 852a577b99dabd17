import type { IntakeData } from '@stride/exam-schema';

import type { Probes } from './probe';
import { stored } from '../audit-cases/case';
import { activePlan, dueFollowUp, openEncounter } from './fresh';
import { patientOf } from './probe';

const intake: IntakeData = {
  side: 'left',
  painRegions: ['lateral_knee'],
  painQualities: ['sharp'],
  aggravators: ['running_fixed_distance'],
  onset: 'insidious',
  durationWeeks: 6,
  backPain: false,
  weeklyDistanceKm: 45,
  noRedFlags: true,
};

/** The encounter the preparation cases started and signed at the site. */
const signed = (site: { state: Map<string, unknown> }) => ({
  encounterId: stored(site.state, 'encounterId'),
});

/** The patient's own portal: the session says whose record it is, so no input names a site. */
const OWN = 'reads or writes only the signed-in patient’s own record';

/** Intake, the chart, encounters, plans, scores, follow-ups and progress. */
export const clinicalProbes: Probes = {
  'intake.mine': {},
  'intake.saveDraft': { input: () => ({ data: intake }), untargeted: OWN },
  'intake.submit': {
    input: (site) => ({
      data: intake,
      consent: true,
      signedName: `${site.patient.givenName} ${site.patient.familyName}`,
    }),
    untargeted: OWN,
  },
  'intake.forPatient': { input: patientOf },
  'patients.getChart': { input: patientOf },
  'caseload.list': {
    input: (site) => ({ locationId: site.loc.id }),
    // A filter, not a record: another location's or organisation's id lists nobody.
    expect: { otherLocation: 'ok', foreign: 'ok' },
  },
  'portal.me': {},

  'encounters.start': { input: patientOf },
  'encounters.forPatient': { input: patientOf },
  'encounters.get': { input: signed },
  'encounters.exportCase': { input: signed },
  'encounters.addAddendum': { input: (site) => ({ ...signed(site), text: 'Isolation check.' }) },
  'encounters.saveExam': { input: (site) => openEncounter(site), consumes: true },
  'encounters.importGaitCsv': {
    input: async (site) => {
      const { encounterId, revision } = await openEncounter(site);
      return { encounterId, revision, csv: 'metric,side,value\ncadenceSpm,both,168\n' };
    },
    consumes: true,
  },
  'encounters.confirmDiagnosis': {
    input: async (site) => ({
      encounterId: (await openEncounter(site)).encounterId,
      condition: 'iliotibial_band_syndrome',
      side: 'left',
    }),
  },
  'encounters.sign': {
    input: async (site) => ({ encounterId: (await openEncounter(site)).encounterId }),
    consumes: true,
  },
  'encounters.importCase': {
    // The case file is the site's own export; the patient id is what points it at the site.
    input: async (site) => ({
      ...patientOf(site),
      json: JSON.stringify(await site.as('clinician').encounters.exportCase(signed(site))),
    }),
  },

  'plans.createFromDiagnosis': {
    input: (site) => ({ diagnosisId: stored(site.state, 'diagnosisId') }),
  },
  'plans.edit': {
    input: async (site, { db }) => {
      const { planId, itemKey } = await activePlan(db, site);
      return { planId, dosages: [{ key: itemKey, dosage: '2 sets of 10' }] };
    },
    consumes: true,
  },
  'plans.cancel': {
    input: async (site, { db }) => ({
      planId: (await activePlan(db, site)).planId,
      reason: 'Isolation check',
    }),
    consumes: true,
  },
  'plans.forPatient': { input: patientOf },
  'plans.diagnoses': { input: patientOf },
  'plans.adherence': { input: patientOf },
  'plans.pdfForPatient': { input: patientOf },
  'plans.mine': {},
  'plans.tick': {
    input: async (site, { db }) => ({ itemKey: (await activePlan(db, site)).itemKey, done: true }),
    untargeted: OWN,
  },
  'plans.logPain': { input: () => ({ pain: 2 }), untargeted: OWN },
  'plans.pdf': {},

  'questionnaires.answer': {
    input: () => ({ instrumentId: 'nprs', answers: { usual: 4, worst: 6, during_running: 5 } }),
    untargeted: OWN,
  },
  'questionnaires.offered': {},
  'questionnaires.myScores': {},
  'questionnaires.forPatient': { input: patientOf },

  'followUps.mine': {},
  'followUps.get': { input: async (site, { db }) => ({ requestId: await dueFollowUp(db, site) }) },
  'followUps.saveDraft': {
    input: async (site, { db }) => ({
      requestId: await dueFollowUp(db, site),
      instrumentId: 'nprs',
      answers: { usual: 3 },
    }),
  },
  'followUps.submit': {
    input: async (site, { db }) => ({
      requestId: await dueFollowUp(db, site),
      answers: { nprs: { usual: 3, worst: 5, during_running: 4 } },
    }),
    consumes: true,
  },
  'followUps.forPatient': { input: patientOf },
  'followUps.recordRaceDecision': {
    input: async (site, { db }) => ({
      planId: (await activePlan(db, site)).planId,
      decision: 'go',
    }),
  },

  'progress.chart': { input: patientOf },
  'progress.gaitComparison': { input: patientOf },
  'progress.saphenousPrompt': { input: patientOf },
  'progress.recordPriorCareFailed': { input: patientOf },
  'progress.dischargeReview': { input: patientOf },
  'progress.discharge': {
    input: async (site, { db }) => ({
      ...patientOf(site),
      planId: (await activePlan(db, site)).planId,
      note: 'Isolation check discharge.',
    }),
    consumes: true,
  },
  'progress.mine': {},
  'progress.myChart': {},

  'exports.patientBundle': { input: patientOf },
  'exports.myBundle': {},
  'auditTrail.mine': { input: () => ({}), untargeted: OWN },
  'auditTrail.forPatient': { input: patientOf },
};
