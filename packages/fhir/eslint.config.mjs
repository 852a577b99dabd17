import { base, noEnv } from '@stride/eslint-config/base';

export default [...base, noEnv];
