import { defineConfig } from '@playwright/test';

import { CHROMIUM_PATH, E2E_BASE_URL, E2E_DATABASE_URL, E2E_PORT } from './env';

/**
 * Runs against the production build (`pnpm build` first) on a fresh PostgreSQL database.
 * Chromium is Debian's: Playwright's own browser download cannot work on these machines.
 */
export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI === 'true' ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'auth', testMatch: /(auth|security-headers|account)\.spec\.ts/ },
    { name: 'admin', testMatch: /admin\.spec\.ts/ },
    { name: 'staff', testMatch: /staff-invite\.spec\.ts/ },
    { name: 'admin-setup', testMatch: /admin-setup\.spec\.ts/ },
    { name: 'clinician', testMatch: /(clinician|availability)\.spec\.ts/ },
    { name: 'patient', testMatch: /(patient|progress|flag-clears|follow-up)\.spec\.ts/ },
    { name: 'booking', testMatch: /booking\.spec\.ts/ },
    { name: 'encounter', testMatch: /(encounter|clinical-flow)\.spec\.ts/ },
    { name: 'intake', testMatch: /intake\.spec\.ts/ },
    { name: 'plan', testMatch: /plan\.spec\.ts/ },
    { name: 'reports', testMatch: /reports\.spec\.ts/ },
    { name: 'priors', testMatch: /priors\.spec\.ts/ },
    { name: 'discharge', testMatch: /discharge\.spec\.ts/ },
    { name: 'export', testMatch: /data-export\.spec\.ts/ },
    { name: 'audit', testMatch: /audit-trail\.spec\.ts/ },
  ],
  webServer: {
    command: 'pnpm exec tsx scripts/serve.ts',
    url: `${E2E_BASE_URL}/sign-in`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { E2E_PORT: String(E2E_PORT), E2E_DATABASE_URL },
  },
});
