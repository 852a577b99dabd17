import 'server-only';

import path from 'node:path';
import { z } from 'zod';

/**
 * The app reads its environment here, once; packages get options passed in.
 * With no DATABASE_URL the app runs on embedded PGlite in STRIDE_DATA_DIR.
 */
const schema = z.object({
  DATABASE_URL: z.url().optional(),
  STRIDE_DATA_DIR: z.string().min(1).default(path.resolve(process.cwd(), '../../.data/pglite')),
  AUTH_SECRET: z
    .string()
    .min(32, 'AUTH_SECRET must be at least 32 characters (npm start generates one).'),
  STRIDE_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  /** Base of links in emails; the address patients reach this app at. */
  STRIDE_PUBLIC_URL: z.url().optional(),
  PORT: z.string().regex(/^\d+$/).default('3000'),
  /**
   * `off` computes every week of slots afresh instead of remembering it: for ruling the cache
   * out when slots look wrong, and for the benchmark's cold figure.
   */
  STRIDE_SLOT_CACHE: z.enum(['on', 'off']).default('on'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

function load() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  return parsed.data;
}

let cached: z.infer<typeof schema> | undefined;
/** Read lazily so `next build` does not need runtime secrets. */
export function env(): z.infer<typeof schema> {
  cached ??= load();
  return cached;
}
