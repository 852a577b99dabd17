import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // These tests talk to real databases (argon2 hashing, migrations, seeds): on a busy 2-core
    // machine a sound test can pass 5 s, and a timeout then says nothing about the code.
    testTimeout: 30_000,
    // One file at a time: the concurrency tests own the real server's connections and CPU while
    // they run, so their timing is not at the mercy of the other files.
    fileParallelism: false,
  },
});
