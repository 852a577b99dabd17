import { describe, expect, it } from 'vitest';

import { inTurn } from '../src/in-turn';

describe('inTurn', () => {
  it('starts each step only once the one before has finished, and keeps their order', async () => {
    const log: string[] = [];
    const step = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
      return name.length;
    };
    const [a, bb] = await inTurn(step('a', 20), step('bb', 1));
    expect([a, bb]).toEqual([1, 2]);
    expect(log).toEqual(['start a', 'end a', 'start bb', 'end bb']);
  });

  it('stops at the first step that fails', async () => {
    let ran = false;
    await expect(
      inTurn(
        () => Promise.reject(new Error('first failed')),
        () => {
          ran = true;
          return Promise.resolve(1);
        },
      ),
    ).rejects.toThrow('first failed');
    expect(ran).toBe(false);
  });
});
