import { startingPriors } from '@stride/diagnosis';

import type { AuditCase } from './case';
import { stored } from './case';

/** An admin starts a profile, saves version 2 and makes it the default: one row each. */
export const cases: AuditCase[] = [
  {
    path: 'priors.create',
    as: 'admin',
    run: async (api, { state }) =>
      state.set(
        'priorProfileId',
        (await api.priors.create({ name: 'Audit priors', basedOn: 'literature' })).id,
      ),
  },
  {
    path: 'priors.saveVersion',
    as: 'admin',
    run: (api, { state }) =>
      api.priors.saveVersion({
        profileId: stored(state, 'priorProfileId'),
        baseVersion: 1,
        priors: {
          ...startingPriors('literature'),
          iliotibial_band_syndrome: { value: 0.15 },
          saphenous_nerve_entrapment: { value: 0.07 },
        },
        reason: 'Audit completeness case',
      }),
  },
  {
    path: 'priors.setDefault',
    as: 'admin',
    run: (api, { state }) => api.priors.setDefault({ profileId: stored(state, 'priorProfileId') }),
  },
];
