import { base } from '@stride/eslint-config/base';

// A tool, like an app: it reads its settings from the environment (src/env.ts).
export default [...base, { ignores: ['results/**'] }];
