import { defineConfig } from 'vitest/config';

// These tests talk to real databases (argon2 hashing, migrations, seeds): on a busy 2-core
// machine a sound test can pass 5 s, and a timeout then says nothing about the code.
const testTimeout = 30_000;

/** Files that own the real server's connections and CPU while they run: timing is their point. */
const alone = ['test/booking-concurrency.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'alone',
          include: alone,
          testTimeout,
          // First, before the other files start, so nothing else competes with them.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'api',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: alone,
          testTimeout,
          // Two files at a time: each spends most of its time in its own PGlite or PostgreSQL
          // database, and one at a time left a core idle (534 s for the api tests here, against 304 s with two).
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
