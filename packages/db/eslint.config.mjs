import { base, noEnv } from '@stride/eslint-config/base';

// Test support may read the test server's URL from the environment; runtime code may not.
export default [...base, { ...noEnv, ignores: ['src/testing/**', 'test/**', '**/*.test.ts'] }];
