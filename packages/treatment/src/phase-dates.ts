import type { PhaseId, PlanPhase } from './plan-schema';
import { addDays, daysBetween } from './dates';
import { WALK_RUN_RULES } from './walk-run';

/** Days per phase; `build` is the minimum, and a far-off race lengthens it. */
const LENGTHS = {
  standard: { settle: 7, strength: 14, walk_run: 21, build: 14 },
  short: { settle: 7, strength: 7, walk_run: 14, build: 7 },
} as const;

/** The go/no-go check opens the last two weeks before the race. */
export const GO_NO_GO_DAYS_BEFORE_RACE = 14;
/** With less notice than this the close-race go/no-go sits 10 days out instead. */
const CLOSE_RACE_GO_NO_GO_DAYS = 10;

const PHASE_TEXT: Record<PhaseId, { name: string; goal: string; running: string }> = {
  settle: {
    name: 'Settle',
    goal: 'Calm the pain and start the exercises.',
    running:
      'Run only if pain stays at 5 out of 10 or less and is gone by the next morning; otherwise cross-train.',
  },
  strength: {
    name: 'Strength and control',
    goal: 'Build strength at the hip, knee and ankle.',
    running: 'Keep runs short, easy and flat, within the pain rule.',
  },
  walk_run: {
    name: 'Walk–run return',
    goal: 'Bring running back level by level.',
    running: WALK_RUN_RULES,
  },
  build: {
    name: 'Build running',
    goal: 'Grow your weekly distance back towards your usual.',
    running:
      'Add no more than about 10 % a week, with at most 4 runs a week and never on consecutive days at first.',
  },
  race_prep: {
    name: 'Go/no-go and taper',
    goal: 'Decide with your clinician whether to race, then taper.',
    running:
      'Go if you have run your long run without pain above 3 out of 10 and no swelling the next day. Then cut the distance and keep it easy.',
  },
};

export type DatingMode = 'race' | 'race_too_close' | 'no_race';

export interface Dating {
  mode: DatingMode;
  phases: PlanPhase[];
  raceDate: string | null;
  goNoGoDate: string | null;
  note: string;
}

function phase(id: PhaseId, start: string, end: string): PlanPhase {
  return { id, ...PHASE_TEXT[id], startDate: start, endDate: end };
}

function forwardPhases(
  today: string,
  lengths: Record<'settle' | 'strength' | 'walk_run' | 'build', number>,
): PlanPhase[] {
  const out: PlanPhase[] = [];
  let start = today;
  for (const id of ['settle', 'strength', 'walk_run', 'build'] as const) {
    const end = addDays(start, lengths[id] - 1);
    out.push(phase(id, start, end));
    start = addDays(end, 1);
  }
  return out;
}

/**
 * Dates the phases. With a race far enough away, the go/no-go and taper are fixed back from
 * the race and the build phase absorbs the extra weeks. With a race too close for the full
 * return, the plan runs from today at the standard lengths and the go/no-go moves to 10 days
 * before the race (none if that has passed). With no race, it runs from today.
 */
export function datePhases(
  today: string,
  raceDate: string | null,
  length: 'standard' | 'short',
): Dating {
  const lengths = LENGTHS[length];
  const minimum = lengths.settle + lengths.strength + lengths.walk_run + lengths.build;
  if (raceDate === null || raceDate <= today) {
    return {
      mode: 'no_race',
      phases: forwardPhases(today, lengths),
      raceDate: null,
      goNoGoDate: null,
      note:
        raceDate === null
          ? 'No race date: the plan is dated from today.'
          : `The race on ${raceDate} has passed: the plan is dated from today.`,
    };
  }
  const lead = daysBetween(today, raceDate);
  if (lead < minimum + GO_NO_GO_DAYS_BEFORE_RACE) {
    const goNoGo = addDays(raceDate, -CLOSE_RACE_GO_NO_GO_DAYS);
    return {
      mode: 'race_too_close',
      phases: forwardPhases(today, lengths),
      raceDate,
      goNoGoDate: goNoGo > today ? goNoGo : null,
      note: `The race on ${raceDate} is ${lead} days away, less than the ${minimum + GO_NO_GO_DAYS_BEFORE_RACE} a full return needs. The plan is dated from today without a taper${goNoGo > today ? `; on ${goNoGo} decide together whether to race, run it as walk–run or choose a later race` : '; racing it is not advised'}.`,
    };
  }
  const goNoGo = addDays(raceDate, -GO_NO_GO_DAYS_BEFORE_RACE);
  const extra = lead - minimum - GO_NO_GO_DAYS_BEFORE_RACE;
  const phases = forwardPhases(today, { ...lengths, build: lengths.build + extra });
  phases.push(phase('race_prep', goNoGo, addDays(raceDate, -1)));
  return {
    mode: 'race',
    phases,
    raceDate,
    goNoGoDate: goNoGo,
    note: `Dated back from the race on ${raceDate}: go/no-go on ${goNoGo}, two weeks before.`,
  };
}
