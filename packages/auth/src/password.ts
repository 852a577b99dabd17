import type { Options } from '@node-rs/argon2';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id at OWASP's minimum recommended cost (19 MiB memory, 2 iterations, 1 lane),
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
 */
export const ARGON2_OPTIONS: Options = {
  // Algorithm.Argon2id; the enum is a const enum that isolated modules cannot import.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed check, never a crash of the sign-in page.
    return false;
  }
}

/** Verifying against this when the email is unknown keeps response time from revealing accounts. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('stride-no-such-account');
  return dummyHash;
}
