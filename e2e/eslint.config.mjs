import { base } from '@stride/eslint-config/base';

export default [
  ...base,
  { ignores: ['test-results/**', 'playwright-report/**'] },
  // Playwright reads a fixture's dependencies from its destructuring pattern, empty ones included.
  { files: ['tests/**'], rules: { 'no-empty-pattern': 'off' } },
];
