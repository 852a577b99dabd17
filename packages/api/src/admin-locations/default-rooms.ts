import type { ResourceKind } from '@stride/db';

/**
 * What a new location starts with when the admin accepts the offer: two exam rooms for follow-ups
 * and a gait lab for assessments and re-tests (the seeded appointment types need both kinds).
 */
export const DEFAULT_ROOMS: readonly { kind: ResourceKind; name: string; hasTreadmill: boolean }[] =
  [
    { kind: 'exam_room', name: 'Exam room 1', hasTreadmill: false },
    { kind: 'exam_room', name: 'Exam room 2', hasTreadmill: false },
    { kind: 'gait_lab', name: 'Gait lab', hasTreadmill: true },
  ];
