import type { AppointmentType } from './rule-schemas';

/**
 * The seeded appointment types. Durations and resources come from the product brief; the
 * buffers, notice and horizon are starting values an admin edits per organisation. Gait lab
 * sessions keep 15 minutes after to reset the treadmill and cameras.
 */
export const DEFAULT_APPOINTMENT_TYPES = [
  {
    id: 'initial_assessment',
    name: 'Initial assessment',
    durationMinutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 15,
    minNoticeMinutes: 12 * 60,
    horizonDays: 90,
    resourceKinds: ['gait_lab'],
  },
  {
    id: 'gait_retest',
    name: 'Gait re-test',
    durationMinutes: 45,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 15,
    minNoticeMinutes: 12 * 60,
    horizonDays: 90,
    resourceKinds: ['gait_lab'],
  },
  {
    id: 'follow_up',
    name: 'Follow-up',
    durationMinutes: 30,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 5,
    minNoticeMinutes: 2 * 60,
    horizonDays: 90,
    resourceKinds: ['exam_room'],
  },
  {
    id: 'telehealth_checkin',
    name: 'Telehealth check-in',
    durationMinutes: 20,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minNoticeMinutes: 60,
    horizonDays: 90,
    resourceKinds: [],
  },
] as const satisfies readonly AppointmentType[];

export type DefaultAppointmentTypeId = (typeof DEFAULT_APPOINTMENT_TYPES)[number]['id'];
