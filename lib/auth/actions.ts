'use server';

import { cookies } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { localPath } from '@/lib/i18n/local-path';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '@/lib/i18n/routing';
import { z } from 'zod';
import { locales } from '@/db/schema/enums';
import { getPasswordHash } from './data';
import { createAccount, setLocale, setPassword } from './mutations';
import { hashPassword, verifyPassword } from './password';
import { changePasswordSchema, signUpSchema } from './schema';

export const signUp = defineAction({
  schema: signUpSchema,
  who: 'anyone',
  async run(input) {
    const locale = await getLocale();
    const passwordHash = await hashPassword(input.password);
    createAccount({ email: input.email, name: input.name, passwordHash, locale });
    redirect({ href: { pathname: '/sign-in', query: { registered: '1', email: input.email } }, locale });
  },
});

export const changePassword = defineAction({
  schema: changePasswordSchema,
  who: 'signedIn',
  async run(input, { viewer }) {
    const hash = getPasswordHash(viewer.id);
    if (!hash || !(await verifyPassword(input.currentPassword, hash))) {
      throw new AppError('wrongPassword', { field: 'currentPassword' });
    }
    setPassword(viewer.id, await hashPassword(input.newPassword), viewer.id);
    return { message: 'account.passwordChanged' };
  },
});

/** JWT sessions live only in the cookie, so signing out is forgetting it. */
export const signOut = defineAction({
  schema: z.object({}),
  who: 'anyone',
  async run() {
    const jar = await cookies();
    for (const name of ['next-auth.session-token', '__Secure-next-auth.session-token']) {
      if (jar.has(name)) jar.delete(name);
    }
    redirect({ href: '/', locale: await getLocale() });
  },
});

/**
 * Switches the interface language: the cookie makes the choice stick on this
 * device, and a signed-in person's account remembers it for emails.
 */
export const switchLanguage = defineAction({
  schema: z.object({
    locale: z.enum(locales),
    // Only a path on this site: never "//elsewhere" or a full URL.
    path: z.string().optional().transform(localPath),
  }),
  who: 'anyone',
  async run(input, { viewer }) {
    const jar = await cookies();
    jar.set(LOCALE_COOKIE, input.locale, { path: '/', maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: 'lax' });
    if (viewer) setLocale(viewer.id, input.locale);
    redirect({ href: input.path, locale: input.locale });
  },
});
