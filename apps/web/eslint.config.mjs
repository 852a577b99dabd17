import nextjs from '@stride/eslint-config/nextjs';

export default [...nextjs, { ignores: ['.next/**', 'next-env.d.ts'] }];
