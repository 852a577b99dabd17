import type { Likelihood } from './likelihood';
import { historyLikelihoods } from './history';
import { iliotibialLikelihoods } from './iliotibial';
import { lumbarHipLikelihoods } from './lumbar-hip';
import { mechanicsLikelihoods } from './mechanics';
import { nerveLikelihoods } from './nerves';
import { painRegionLikelihoods } from './pain-regions';
import { patellofemoralLikelihoods } from './patellofemoral';
import { tendonBursaMeniscusLikelihoods } from './tendon-bursa-meniscus';

/** Every likelihood the engine knows, in the order the README lists them. */
export const likelihoods: readonly Likelihood[] = [
  ...patellofemoralLikelihoods,
  ...iliotibialLikelihoods,
  ...nerveLikelihoods,
  ...tendonBursaMeniscusLikelihoods,
  ...lumbarHipLikelihoods,
  ...painRegionLikelihoods,
  ...historyLikelihoods,
  ...mechanicsLikelihoods,
];
