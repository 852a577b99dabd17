import type { IntakeData } from '@stride/exam-schema';

import type { AuditCase } from './case';
import { forPatient, stored } from './case';

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

const revision = (state: Map<string, unknown>): number => Number(state.get('revision'));

/** Intake and the encounter's life: start, read, save, import, diagnose, export, sign, amend. */
export const cases: AuditCase[] = [
  { path: 'intake.saveDraft', as: 'patient', run: (api) => api.intake.saveDraft({ data: intake }) },
  {
    path: 'intake.submit',
    as: 'patient',
    run: (api, { w }) =>
      api.intake.submit({
        data: intake,
        consent: true,
        signedName: `${w.patient.givenName} ${w.patient.familyName}`,
      }),
  },
  {
    path: 'intake.forPatient',
    as: 'clinician',
    run: (api, { w }) => api.intake.forPatient(forPatient(w)),
  },
  {
    path: 'patients.getChart',
    as: 'desk',
    run: (api, { w }) => api.patients.getChart(forPatient(w)),
  },
  {
    path: 'encounters.start',
    as: 'clinician',
    run: async (api, { w, state }) =>
      state.set('encounterId', (await api.encounters.start(forPatient(w))).id),
  },
  {
    path: 'encounters.forPatient',
    as: 'clinician',
    run: (api, { w }) => api.encounters.forPatient(forPatient(w)),
  },
  {
    path: 'encounters.get',
    as: 'clinician',
    run: async (api, { state }) => {
      const e = await api.encounters.get({ encounterId: stored(state, 'encounterId') });
      state.set('revision', e.revision).set('exam', e.exam);
    },
  },
  {
    path: 'encounters.saveExam',
    as: 'clinician',
    run: async (api, { state }) => {
      const saved = await api.encounters.saveExam({
        encounterId: stored(state, 'encounterId'),
        revision: revision(state),
        exam: state.get('exam'),
      });
      state.set('revision', saved.revision);
    },
  },
  {
    path: 'encounters.importGaitCsv',
    as: 'clinician',
    run: (api, { state }) =>
      api.encounters.importGaitCsv({
        encounterId: stored(state, 'encounterId'),
        revision: revision(state),
        csv: 'metric,side,value\ncadenceSpm,both,168\n',
      }),
  },
  {
    path: 'encounters.confirmDiagnosis',
    as: 'clinician',
    run: (api, { state }) =>
      api.encounters.confirmDiagnosis({
        encounterId: stored(state, 'encounterId'),
        condition: 'iliotibial_band_syndrome',
        side: 'left',
      }),
  },
  {
    path: 'encounters.exportCase',
    as: 'clinician',
    run: async (api, { state }) =>
      state.set(
        'case',
        await api.encounters.exportCase({ encounterId: stored(state, 'encounterId') }),
      ),
  },
  {
    path: 'encounters.importCase',
    as: 'clinician',
    run: (api, { w, state }) =>
      api.encounters.importCase({ ...forPatient(w), json: JSON.stringify(state.get('case')) }),
  },
  {
    path: 'encounters.sign',
    as: 'clinician',
    run: (api, { state }) => api.encounters.sign({ encounterId: stored(state, 'encounterId') }),
  },
  {
    path: 'encounters.addAddendum',
    as: 'clinician',
    run: (api, { state }) =>
      api.encounters.addAddendum({ encounterId: stored(state, 'encounterId'), text: 'Left side.' }),
  },
];
