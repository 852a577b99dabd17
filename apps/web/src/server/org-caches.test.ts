import { beforeEach, describe, expect, it, vi } from 'vitest';

const setting = vi.hoisted((): { cache: 'on' | 'off' } => ({ cache: 'on' }));
const listen = vi.hoisted(() => vi.fn());
const start = vi.hoisted(() =>
  vi.fn((l: unknown, limits: { channel: string }) =>
    Promise.resolve({ listeningWith: l, on: limits.channel }),
  ),
);

vi.mock('server-only', () => ({}));
vi.mock('~/env', () => ({ env: () => ({ STRIDE_SLOT_CACHE: setting.cache }) }));
vi.mock('./db', () => ({ getDbHandle: () => Promise.resolve({ listen }) }));
vi.mock('@stride/api', () => ({
  OrgCache: { start },
  SLOT_CACHE: { channel: 'stride_schedule' },
  PRIORS_CACHE: { channel: 'stride_priors' },
}));

const { getPriorsCache, getSlotCache } = await import('./org-caches');

describe("the process's caches", () => {
  beforeEach(() => {
    delete (globalThis as { strideSlotCache?: unknown }).strideSlotCache;
    delete (globalThis as { stridePriorsCache?: unknown }).stridePriorsCache;
    start.mockClear();
  });

  it('listens for schedule changes by default, once per process', async () => {
    setting.cache = 'on';
    const cache = await getSlotCache();
    expect(cache).toEqual({ listeningWith: listen, on: 'stride_schedule' });
    expect(await getSlotCache()).toBe(cache);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('is off with STRIDE_SLOT_CACHE=off: every week is computed', async () => {
    setting.cache = 'off';
    expect(await getSlotCache()).toBeUndefined();
    expect(start).not.toHaveBeenCalled();
  });

  it('keeps prior profile lists, listening for their changes, whatever the slot setting', async () => {
    setting.cache = 'off';
    const cache = await getPriorsCache();
    expect(cache).toEqual({ listeningWith: listen, on: 'stride_priors' });
    expect(await getPriorsCache()).toBe(cache);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
