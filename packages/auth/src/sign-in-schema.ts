import { z } from 'zod';

/** Parsed by the sign-in form and by the Credentials provider alike. */
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address.')
    .pipe(z.email('Enter a valid email address.'))
    .pipe(z.string().max(320)),
  password: z.string().min(1, 'Enter your password.').max(1024, 'That password is too long.'),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Long rather than complex (NIST SP 800-63B): staff accounts open patients' charts. */
export const newPasswordSchema = z
  .string()
  .min(12, 'Use at least 12 characters.')
  .max(256, 'Keep the password under 256 characters.');
