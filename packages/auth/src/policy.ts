import type { Role } from '@stride/db';

/** A session ends 12 hours after sign-in, whatever the activity. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** Staff sessions also end after 30 minutes without a request (shared clinic workstations). */
export const STAFF_IDLE_TIMEOUT_SECONDS = 30 * 60;
/** last_seen_at is written at most this often, so each request is not a write. */
export const SESSION_TOUCH_INTERVAL_SECONDS = 60;

export const THROTTLE_MAX_FAILURES = 5;
export const THROTTLE_WINDOW_SECONDS = 15 * 60;

export function idleTimeoutFor(role: Role): number | null {
  switch (role) {
    case 'admin':
    case 'clinician':
    case 'front_desk':
      return STAFF_IDLE_TIMEOUT_SECONDS;
    case 'patient':
      return null;
  }
}

export function homePathFor(role: Role): string {
  switch (role) {
    case 'admin':
      return '/admin';
    case 'clinician':
    case 'front_desk':
      return '/clinician';
    case 'patient':
      return '/portal';
  }
}
