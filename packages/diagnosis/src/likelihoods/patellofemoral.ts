import type { ConditionId } from '@stride/exam-schema';

import type { Likelihood } from './likelihood';
import { cluster, expert, forEach, published } from './likelihood';
import { SRC } from './sources';

/** History and loading tests cannot tell the two patellofemoral causes apart (research.md §1.1). */
const PF: readonly ConditionId[] = ['patellofemoral_malalignment', 'chondromalacia_patellae'];
const PFM: readonly ConditionId[] = ['patellofemoral_malalignment'];
const CMP: readonly ConditionId[] = ['chondromalacia_patellae'];

/** The published ≥2-of-3 cluster; it replaces its parts when met. */
export const PFP_CLUSTER_MATCH = 'cluster:pfp-2-of-3';
export const PFP_CLUSTER_FINDING = 'cluster.patellofemoral_pain_2_of_3';

export const patellofemoralLikelihoods: readonly Likelihood[] = [
  ...forEach(
    PF,
    PFP_CLUSTER_MATCH,
    {
      family: 'pf-provocation',
      positive: cluster(
        4.0,
        `${SRC.cook2010}: ≥2 of 3 (resisted quadriceps pain, squat pain, patellar palpation pain), LR+ 4.0`,
      ),
    },
    PFP_CLUSTER_FINDING,
  ),
  ...forEach(PF, 'exam.tests.resisted_quadriceps_pain', {
    family: 'pf-provocation',
    clusterPart: true,
    positive: published(2.2, `${SRC.cook2010}, LR+ 2.2`, { reported: 2.2 }),
    negative: expert(0.7, `no LR− published (${SRC.cook2010})`),
  }),
  ...forEach(PF, 'exam.tests.squat_pain', {
    family: 'pf-provocation',
    clusterPart: true,
    positive: expert(1.8, `sens 0.91 (${SRC.nunes}), specificity unpublished, 0.5 assumed`),
    negative: expert(
      0.2,
      `sens 0.91 (${SRC.nunes}): a negative squat makes patellofemoral pain unlikely`,
    ),
  }),
  ...forEach(PF, 'exam.palpation.patellar_facets', {
    family: 'pf-provocation',
    clusterPart: true,
    positive: expert(2.0, `patellar palpation pain, no single-test LR (${SRC.cook2010})`),
    negative: expert(0.5, 'no published LR−'),
  }),
  ...forEach(PF, 'exam.tests.patellar_compression', {
    family: 'pf-provocation',
    positive: expert(1.6, `sens 0.83 (${SRC.nunes}), specificity unpublished, 0.5 assumed`),
    negative: expert(0.35, `sens 0.83 (${SRC.nunes}), specificity 0.5 assumed`),
  }),
  ...forEach(PF, 'exam.tests.eccentric_step_down', {
    family: 'pf-provocation',
    positive: published(2.34, `${SRC.nijs2006}, LR+ 2.34`, { reported: 2.34 }),
    negative: expert(0.8, `LR− reported only as >0.5 (${SRC.nijs2006})`),
  }),
  ...forEach(PF, 'exam.tests.vastus_medialis_coordination', {
    family: 'pf-provocation',
    positive: published(2.26, `${SRC.nijs2006}, LR+ 2.26`, { reported: 2.26 }),
    negative: expert(0.8, `LR− reported only as >0.5 (${SRC.nijs2006})`),
  }),
  ...forEach(PFM, 'exam.tests.patellar_apprehension', {
    family: 'pf-maltracking',
    positive: published(2.26, `${SRC.nijs2006}, LR+ 2.26`, { reported: 2.26 }),
    negative: expert(0.9, `LR− reported only as >0.5, sens <50% (${SRC.haim2006})`),
  }),
  ...forEach(PFM, 'exam.tests.j_sign', {
    family: 'pf-maltracking',
    positive: expert(2.0, 'maltracking sign, no accuracy data'),
    negative: expert(0.9, 'no accuracy data'),
  }),
  ...forEach(PFM, 'exam.tests.patellar_tilt', {
    family: 'pf-maltracking',
    positive: expert(1.5, `sens <50%, spec 72–100%, evidence inconsistent (${SRC.haim2006})`),
    negative: expert(0.9, `sens <50% (${SRC.haim2006})`),
  }),
  ...forEach(PFM, 'exam.tests.active_instability', {
    family: 'pf-maltracking',
    positive: expert(2.0, `sens <50%, spec up to 100% (${SRC.haim2006}; ${SRC.nunes})`),
    negative: expert(0.95, `sens <50% (${SRC.haim2006})`),
  }),
  ...forEach(PFM, 'exam.palpation.lateral_retinaculum', {
    family: 'pf-maltracking',
    positive: expert(1.3, `retinacular tenderness more common in PFP (${SRC.haim2006})`),
  }),
  ...forEach(PFM, 'exam.palpation.medial_retinaculum', {
    family: 'pf-maltracking',
    positive: expert(1.3, `retinacular tenderness more common in PFP (${SRC.haim2006})`),
  }),
  ...forEach(CMP, 'exam.tests.clarke', {
    family: 'cartilage',
    positive: published(1.18, `${SRC.doberstein2008}: sens 0.39, spec 0.67`, {
      sensitivity: 0.39,
      specificity: 0.67,
    }),
    negative: published(0.91, `${SRC.doberstein2008}: sens 0.39, spec 0.67`, {
      sensitivity: 0.39,
      specificity: 0.67,
    }),
  }),
  ...forEach(CMP, 'exam.tests.crepitus', {
    family: 'cartilage',
    positive: expert(2.0, 'crepitus suggests a cartilage surface; imaging needed to confirm'),
    negative: expert(0.7, 'no accuracy data'),
  }),
];
