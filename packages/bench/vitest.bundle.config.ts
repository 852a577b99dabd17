import { defineConfig } from 'vitest/config';

// Run by `npm test` after the production build (scripts/stride.mjs), not with the unit tests.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
