'use server';

import { cookies } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '@/lib/i18n/routing';
import type { Locale } from '@/db/schema/enums';
import { clientKey, enforceRateLimit } from '@/lib/limits/guard';
import { deliverOutboxSoon } from '@/lib/mail/deliver';
import { requestContext } from '@/lib/request/context';
import { getPasswordHash } from './data';
import { createAccount, endAllSessions, revokeSession, setLocale, setPassword } from './mutations';
import { currentSession } from './session';
import { reissueSessionCookie, SESSION_COOKIES } from './session-cookie';
import { SESSION_MAX_AGE_SECONDS } from './options';
import { hashPassword, verifyPassword } from './password';
import { changePasswordSchema, languageChoice, noInput, signUpSchema } from './schema';

export const signUp = defineAction({
  schema: signUpSchema,
  who: 'anyone',
  async run(input) {
    const context = await requestContext();
    enforceRateLimit('signUp', clientKey(context.ip), context.now);
    const locale = context.locale as Locale;
    // Hashed whether or not the email is taken, so both answers take as long.
    const passwordHash = await hashPassword(input.password);
    createAccount({ email: input.email, name: input.name, passwordHash, locale }, context.origin);
    deliverOutboxSoon();
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
    const version = setPassword(viewer.id, await hashPassword(input.newPassword), viewer.id);
    // Every other session ends (a stolen cookie included); this one continues under the new version.
    const session = await currentSession();
    if (session) await reissueSessionCookie({ sub: String(viewer.id), sid: session.sessionId, ver: version });
    return { message: 'account.passwordChanged' };
  },
});

async function forgetSessionCookie() {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    if (jar.has(name)) jar.delete(name);
  }
}

/**
 * Signing out ends this session on the server too: the token stays valid for a
 * month, so a copy of the cookie would otherwise keep working.
 */
export const signOut = defineAction({
  schema: noInput,
  who: 'anyone',
  async run() {
    const session = await currentSession();
    if (session) revokeSession(session.sessionId, new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000));
    await forgetSessionCookie();
    redirect({ href: '/', locale: await getLocale() });
  },
});

/** Ends every session of the account, on every device (a lost phone, a shared computer). */
export const signOutEverywhere = defineAction({
  schema: noInput,
  who: 'signedIn',
  async run(_input, { viewer }) {
    endAllSessions(viewer.id);
    await forgetSessionCookie();
    redirect({ href: '/sign-in', locale: await getLocale() });
  },
});

/**
 * Switches the interface language: the cookie makes the choice stick on this
 * device, and a signed-in person's account remembers it for emails.
 */
export const switchLanguage = defineAction({
  schema: languageChoice,
  who: 'anyone',
  async run(input, { viewer }) {
    const jar = await cookies();
    jar.set(LOCALE_COOKIE, input.locale, { path: '/', maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: 'lax' });
    if (viewer) setLocale(viewer.id, input.locale);
    redirect({ href: input.path, locale: input.locale });
  },
});
