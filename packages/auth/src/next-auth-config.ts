import type { NextAuthConfig } from 'next-auth';
import { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';

import type { Database } from '@stride/db';

import { authenticate } from './authenticate';
import { authCookies } from './cookies';
import { SESSION_MAX_AGE_SECONDS } from './policy';
import { createAuthSession, revokeAuthSession } from './sessions';
import { signInSchema } from './sign-in-schema';

/** The code reaches the sign-in form, which turns it into words a person can act on. */
export class ThrottledSignIn extends CredentialsSignin {
  override code = 'throttled';
}

export interface AuthConfigOptions {
  getDb: () => Promise<Database>;
  secret: string;
  /** `__Host-` cookie names and the Secure flag; true behind HTTPS in production. */
  secureCookies: boolean;
  now?: () => Date;
}

/**
 * Auth.js with email + password. The JWT carries only the server-side session id: every request
 * re-checks that row, so sign-out, idle timeout and revocation take effect immediately.
 */
export function createAuthConfig(options: AuthConfigOptions): NextAuthConfig {
  const now = options.now ?? (() => new Date());
  return {
    secret: options.secret,
    trustHost: true,
    useSecureCookies: options.secureCookies,
    cookies: authCookies(options.secureCookies),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      Credentials({
        credentials: {
          email: { label: 'Email' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(raw, request) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) return null;
          const db = await options.getDb();
          const at = now();
          const result = await authenticate(db, { ...parsed.data, now: at });
          if (!result.ok) {
            if (result.reason === 'throttled') throw new ThrottledSignIn();
            return null;
          }
          const sessionId = await createAuthSession(db, {
            ...result,
            userAgent: request.headers.get('user-agent'),
            now: at,
          });
          return { id: result.userId, sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // Only the session id goes into the token; name, role and scope are read fresh per request.
        if (user && 'sessionId' in user && typeof user.sessionId === 'string') {
          return { sid: user.sessionId, sub: user.id };
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, sessionId: typeof token.sid === 'string' ? token.sid : undefined };
      },
    },
    events: {
      async signOut(message) {
        const sid = 'token' in message ? message.token?.sid : undefined;
        if (typeof sid === 'string') await revokeAuthSession(await options.getDb(), sid, now());
      },
    },
  };
}
