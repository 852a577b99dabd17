import { testServerUrl, withDatabaseName } from '@stride/db/testing';

/** One database and port for the whole run, shared by the server script and the fixtures. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATABASE_URL =
  process.env.E2E_DATABASE_URL ?? withDatabaseName(testServerUrl(), `stride_e2e_${E2E_PORT}`);
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
