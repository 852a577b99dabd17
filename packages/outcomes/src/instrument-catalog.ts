import { z } from 'zod';

import type { Instrument } from './instrument-schema';
import { KOOS_PF } from './instruments/koos-pf';
import { KUJALA } from './instruments/kujala';
import { LEFS } from './instruments/lefs';
import { NPRS } from './instruments/nprs';
import { RUNNING_FUNCTION } from './instruments/running-function';

export const INSTRUMENT_IDS = ['nprs', 'running_function', 'koos_pf', 'kujala', 'lefs'] as const;
export const instrumentIdSchema = z.enum(INSTRUMENT_IDS);
export type InstrumentId = z.output<typeof instrumentIdSchema>;

/** Every instrument Stride ships, by id. A stored score names its id and version. */
export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = {
  nprs: NPRS,
  running_function: RUNNING_FUNCTION,
  koos_pf: KOOS_PF,
  kujala: KUJALA,
  lefs: LEFS,
};

export function getInstrument(id: InstrumentId): Instrument {
  return INSTRUMENTS[id];
}
