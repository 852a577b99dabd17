/**
 * Database set-up for the app: `migrate`, `seed` (demo organisation, once) or `setup` (both).
 * Uses DATABASE_URL when set, else the embedded PGlite folder STRIDE_DATA_DIR.
 */
import path from 'node:path';

import { seedExerciseLibrary } from '@stride/api';
import { hashPassword } from '@stride/auth';
import { createDatabase, DEMO_PASSWORD, seedDemo, setAppRolePassword } from '@stride/db';

const command = process.argv[2] ?? 'setup';
if (!['migrate', 'seed', 'setup'].includes(command)) {
  console.error(`Unknown command "${command}". Use migrate, seed or setup.`);
  process.exit(2);
}

const url = process.env.DATABASE_URL;
const dataDir =
  process.env.STRIDE_DATA_DIR ?? path.resolve(import.meta.dirname, '../../../.data/pglite');
const handle = await createDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir });
const where = url ? new URL(url).host + new URL(url).pathname : dataDir;
try {
  if (command !== 'seed') {
    await handle.migrate();
    console.log(`Migrated ${handle.kind} database at ${where}.`);
    // The server connects as the app's role (migration 0008); npm start hands it a password.
    const appPassword = process.env.STRIDE_APP_DB_PASSWORD;
    if (url && appPassword) await setAppRolePassword(handle.db, appPassword);
  }
  if (command !== 'migrate') {
    const result = await seedDemo(handle.db, { passwordHash: await hashPassword(DEMO_PASSWORD) });
    console.log(
      result.created
        ? 'Seeded the demo organisation "Stride Sports Clinics".'
        : 'Demo organisation already present; seed skipped.',
    );
    console.log(`Exercise library: ${await seedExerciseLibrary(handle.db)} exercises upserted.`);
  }
} finally {
  await handle.close();
}
