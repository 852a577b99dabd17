import 'server-only';

import { env } from '~/env';
import NextAuth from 'next-auth';

import { createAuthConfig } from '@stride/auth/next';

import { getDb } from './db';

// Created on first use so that `next build` never needs the secret or the database.
let instance: ReturnType<typeof NextAuth> | undefined;
export function nextAuth(): ReturnType<typeof NextAuth> {
  instance ??= NextAuth(
    createAuthConfig({
      getDb,
      secret: env().AUTH_SECRET,
      secureCookies: env().STRIDE_SECURE_COOKIES === 'true',
    }),
  );
  return instance;
}
