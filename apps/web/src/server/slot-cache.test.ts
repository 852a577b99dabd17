import { beforeEach, describe, expect, it, vi } from 'vitest';

const setting = vi.hoisted((): { cache: 'on' | 'off' } => ({ cache: 'on' }));
const listen = vi.hoisted(() => vi.fn());
const start = vi.hoisted(() => vi.fn((l: unknown) => Promise.resolve({ listeningWith: l })));

vi.mock('server-only', () => ({}));
vi.mock('~/env', () => ({ env: () => ({ STRIDE_SLOT_CACHE: setting.cache }) }));
vi.mock('./db', () => ({ getDbHandle: () => Promise.resolve({ listen }) }));
vi.mock('@stride/api', () => ({ SlotCache: { start } }));

const { getSlotCache } = await import('./slot-cache');

describe('the process slot cache', () => {
  beforeEach(() => {
    delete (globalThis as { strideSlotCache?: unknown }).strideSlotCache;
    start.mockClear();
  });

  it('listens for schedule changes by default, once per process', async () => {
    setting.cache = 'on';
    const cache = await getSlotCache();
    expect(cache).toEqual({ listeningWith: listen });
    expect(await getSlotCache()).toBe(cache);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('is off with STRIDE_SLOT_CACHE=off: every week is computed', async () => {
    setting.cache = 'off';
    expect(await getSlotCache()).toBeUndefined();
    expect(start).not.toHaveBeenCalled();
  });
});
