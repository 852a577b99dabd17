import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // One file at a time: the concurrency tests own the real server's connections and CPU while
    // they run, so their timing is not at the mercy of the other files.
    fileParallelism: false,
  },
});
