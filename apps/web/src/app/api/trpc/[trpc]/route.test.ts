import { API_MAX_BODY_BYTES } from '~/server/body-limit';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Viewer } from '@stride/auth';

import { GET, POST as handle } from './route';

/** A driver error as node-postgres raises it: the message and detail name tables and values. */
const driverError = Object.assign(new Error('relation "patients_secret" does not exist'), {
  code: '42P01',
  detail: 'Key (email)=(maya@secret.example) already exists.',
});

vi.mock('~/env', () => ({ env: () => ({ STRIDE_PUBLIC_URL: 'http://stride.test' }) }));
vi.mock('~/server/db', () => ({
  // Any use of the database fails the way a broken query would.
  getDb: () =>
    Promise.resolve(
      new Proxy(
        {},
        {
          // Not thenable, so the handle itself resolves; the first query then fails.
          get: (_target, key) => {
            if (key === 'then') return undefined;
            throw driverError;
          },
        },
      ),
    ),
}));
vi.mock('~/server/jobs', () => ({
  getJobRunner: () => Promise.resolve({ queue: { send: () => Promise.reject(driverError) } }),
}));
vi.mock('~/server/org-caches', () => ({
  getSlotCache: () => Promise.resolve(undefined),
  getPriorsCache: () => Promise.resolve(undefined),
  getViewerCache: () => Promise.resolve(undefined),
}));
vi.mock('~/server/viewer', () => ({
  getViewer: (): Promise<Viewer> =>
    Promise.resolve({
      sessionId: '00000000-0000-4000-8000-000000000000',
      userId: '00000000-0000-4000-8000-000000000001',
      name: 'Admin',
      email: 'admin@test.example',
      organizationId: '00000000-0000-4000-8000-000000000002',
      organizationName: 'Test',
      role: 'admin',
      locationIds: 'all',
    }),
}));

const url = (path: string): string => `http://stride.test/api/trpc/${path}`;
const post = (path: string, body: BodyInit, headers: Record<string, string> = {}): Request =>
  new Request(url(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

describe('the tRPC HTTP endpoint', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers an internal error with a generic message: no stack, no driver text', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await GET(new Request(url('admin.listLocations')));
    const body = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(body)).toMatchObject({
      error: { json: { message: 'Something went wrong on our side. Please try again.' } },
    });
    for (const leak of ['patients_secret', 'secret.example', '42P01', 'stack', '.ts:', '    at '])
      expect(body).not.toContain(leak);
    // The details go to the server's log instead, where operators can read them.
    expect(logged).toHaveBeenCalled();
  });

  it('refuses a body over the limit before parsing it, naming the limit', async () => {
    const big = JSON.stringify({ json: { csv: 'x'.repeat(API_MAX_BODY_BYTES) } });
    const res = await handle(post('encounters.importGaitCsv', big));
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('The request is larger than 1 MB.');
  });

  it('refuses an oversized body that does not declare its length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far past the limit: the handler must stop reading, not buffer it all.
        if (sent++ < 1_000) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await handle(post('encounters.importCase', stream));
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(100);
  });

  it('answers malformed JSON with a client error', async () => {
    const res = await handle(post('encounters.importCase', '{"json": {"patientId": '));
    expect(res.status).toBe(400);
  });
});
