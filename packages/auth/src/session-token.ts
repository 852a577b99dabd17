import { decode } from 'next-auth/jwt';

/** Tokens remembered at most; a busy server holds one per signed-in browser. */
const CACHE_LIMIT = 10_000;

export interface SessionTokenReader {
  /** The server-side session id inside an Auth.js session cookie; null when it is not valid. */
  sessionIdOf(token: string): Promise<string | null>;
}

/**
 * Reads the session id out of the Auth.js cookie without running Auth.js's whole session route.
 * `auth()` decrypts the token, then re-encrypts it to slide its expiry and builds a response on
 * every call: about a millisecond of CPU per request, more than a cheap read's own work. Our
 * tokens carry only the session id and expire with the session's absolute 12 hours, so nothing
 * needs re-issuing; whether the session is still alive is the database's call on every request.
 *
 * A token that decrypted once is the same authenticated ciphertext until it expires, so its
 * session id is remembered until the token's own `exp` (bounded in number; oldest out first).
 * Tokens that fail are never remembered, so junk cookies cannot fill the cache.
 */
export function createSessionTokenReader(options: {
  secret: string;
  /** The cookie's name, which Auth.js also uses as the key-derivation salt. */
  cookieName: string;
}): SessionTokenReader {
  const known = new Map<string, { sessionId: string; expiresAtMs: number }>();
  return {
    async sessionIdOf(token) {
      const hit = known.get(token);
      if (hit) {
        // The same clock the decryption checks `exp` against.
        if (hit.expiresAtMs > Date.now()) return hit.sessionId;
        known.delete(token);
      }
      let payload: { sid?: unknown; exp?: unknown } | null;
      try {
        payload = await decode({ token, secret: options.secret, salt: options.cookieName });
      } catch {
        return null; // tampered, expired or signed with another secret
      }
      const sessionId = typeof payload?.sid === 'string' ? payload.sid : null;
      const exp = typeof payload?.exp === 'number' ? payload.exp * 1000 : null;
      if (!sessionId || exp === null) return null;
      if (known.size >= CACHE_LIMIT) {
        const oldest = known.keys().next();
        if (!oldest.done) known.delete(oldest.value);
      }
      known.set(token, { sessionId, expiresAtMs: exp });
      return sessionId;
    },
  };
}
