import type { NextConfig } from 'next';

import { STATIC_SECURITY_HEADERS } from './src/security-headers';

const config: NextConfig = {
  // Lets two builds live side by side (parallel e2e runs on one machine); `.next` by default.
  distDir: process.env.STRIDE_NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: [
    '@stride/treatment',
    '@stride/outcomes',
    '@stride/api',
    '@stride/auth',
    '@stride/db',
    '@stride/diagnosis',
    '@stride/exam-schema',
    '@stride/fhir',
    '@stride/scheduling',
  ],
  // Native and WASM database drivers load at run time from node_modules, not from the bundle.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', 'pg-boss'],
  experimental: { authInterrupts: true },
  typescript: { ignoreBuildErrors: true }, // `pnpm typecheck` runs tsc in CI; the build need not repeat it.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [...STATIC_SECURITY_HEADERS],
      },
    ];
  },
};

export default config;
