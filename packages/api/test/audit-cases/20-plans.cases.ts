import type { AuditCase } from './case';
import { forPatient, stored } from './case';

/** Plans and outcome scores; the plan is built from the diagnosis 10-clinical-record confirmed. */
export const cases: AuditCase[] = [
  {
    path: 'plans.diagnoses',
    as: 'clinician',
    run: async (api, { w, state }) =>
      state.set('diagnosisId', (await api.plans.diagnoses(forPatient(w)))[0]?.id),
  },
  {
    path: 'plans.createFromDiagnosis',
    as: 'clinician',
    run: async (api, { state }) => {
      const plan = await api.plans.createFromDiagnosis({
        diagnosisId: stored(state, 'diagnosisId'),
      });
      state.set('planId', plan.id).set('itemKey', plan.content.items[0]?.key);
    },
  },
  {
    path: 'plans.edit',
    as: 'clinician',
    run: async (api, { state }) => {
      const plan = await api.plans.edit({
        planId: stored(state, 'planId'),
        dosages: [{ key: stored(state, 'itemKey'), dosage: '3 sets of 12' }],
      });
      state.set('planId', plan.id);
    },
  },
  {
    path: 'plans.forPatient',
    as: 'desk',
    run: (api, { w }) => api.plans.forPatient(forPatient(w)),
  },
  {
    path: 'plans.adherence',
    as: 'clinician',
    run: (api, { w }) => api.plans.adherence(forPatient(w)),
  },
  {
    path: 'plans.pdfForPatient',
    as: 'desk',
    run: (api, { w }) => api.plans.pdfForPatient(forPatient(w)),
  },
  {
    path: 'plans.tick',
    as: 'patient',
    run: (api, { state }) => api.plans.tick({ itemKey: stored(state, 'itemKey'), done: true }),
  },
  { path: 'plans.logPain', as: 'patient', run: (api) => api.plans.logPain({ pain: 3 }) },
  { path: 'plans.pdf', as: 'patient', run: (api) => api.plans.pdf() },
  {
    path: 'questionnaires.answer',
    as: 'patient',
    run: (api) =>
      api.questionnaires.answer({
        instrumentId: 'nprs',
        answers: { usual: 4, worst: 6, during_running: 5 },
      }),
  },
  {
    path: 'questionnaires.forPatient',
    as: 'clinician',
    run: (api, { w }) => api.questionnaires.forPatient(forPatient(w)),
  },
];
