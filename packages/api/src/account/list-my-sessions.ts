import { z } from 'zod';

import type { Viewer } from '@stride/auth';
import type { Database } from '@stride/db';
import { listActiveAuthSessions } from '@stride/auth';

export const mySessionSchema = z.object({
  id: z.string(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  device: z.string(),
  current: z.boolean(),
});
export type MySession = z.infer<typeof mySessionSchema>;

/** A readable device name from a user agent: enough to recognise "that is my phone". */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : 'Browser';
  const os = /iPhone|iPad/.test(userAgent)
    ? 'iOS'
    : /Android/.test(userAgent)
      ? 'Android'
      : /Mac OS X/.test(userAgent)
        ? 'macOS'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : 'unknown system';
  return `${browser} on ${os}`;
}

/** The viewer's own live sessions, newest activity first, marking the one making this request. */
export async function listMySessions(
  db: Database,
  viewer: Viewer,
  now: Date,
): Promise<MySession[]> {
  const rows = await listActiveAuthSessions(db, viewer.userId, now);
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    device: describeDevice(row.userAgent),
    current: row.id === viewer.sessionId,
  }));
}
