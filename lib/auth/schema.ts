import { z } from 'zod';
import { locales } from '@/db/schema/enums';
import { localPath } from '@/lib/i18n/local-path';

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(254)
  .pipe(z.email({ error: 'validation.email' }));

/**
 * A person's name: letters in any script (Chinese included), with the spaces,
 * middle dots and hyphens names use. Emoji, digits and other symbols are refused.
 */
export const personName = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[\p{L}\p{M}]([\p{L}\p{M} ·・.'’-]*[\p{L}\p{M}.])?$/u, { error: 'validation.personName' });

// bcrypt reads only the first 72 bytes, so a longer password would silently lose its tail.
export const newPassword = z
  .string()
  .min(8, { error: 'validation.passwordTooShort' })
  .refine((value) => Buffer.byteLength(value, 'utf8') <= 72, { error: 'validation.passwordTooLong' });

export const signUpSchema = z
  .object({
    name: personName,
    email: emailField,
    password: newPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    error: 'validation.passwordMismatch',
    path: ['confirmPassword'],
  });

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1).max(1024),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1),
    newPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    error: 'validation.passwordMismatch',
    path: ['confirmPassword'],
  });

/** An action that needs nothing but who is asking (signing out). */
export const noInput = z.object({});

export const languageChoice = z.object({
  locale: z.enum(locales),
  // Only a path on this site: never "//elsewhere" or a full URL.
  path: z.string().optional().transform(localPath),
});
