import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { z } from 'zod';
import { DEMO_EMAILS, DEMO_PASSWORD } from '@/lib/auth/demo';
import { emailField, newPassword, personName } from '@/lib/auth/schema';

// zxcvbn knows the common passwords, keyboard walks, dates and repeats that a length rule lets through.
const strength = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

/** The first real administrator, as `npm run setup` takes it. Messages are for the operator's terminal. */
export const firstAdminSchema = z
  .object({
    name: personName,
    email: emailField.refine(
      (email) => !DEMO_EMAILS.includes(email),
      'this is a demo account; choose your own address',
    ),
    password: newPassword.pipe(z.string().min(12, 'at least 12 characters')),
  })
  .superRefine((admin, context) => {
    const weak =
      admin.password === DEMO_PASSWORD ||
      admin.password.toLowerCase().includes(admin.email.split('@')[0]!) ||
      strength.check(admin.password, [admin.name, admin.email, 'convene']).score < 3;
    if (weak)
      context.addIssue({
        code: 'custom',
        path: ['password'],
        message: 'too easy to guess: use a longer passphrase or a password manager',
      });
  });

export type FirstAdmin = z.infer<typeof firstAdminSchema>;
